/**
 * A chart drawn as an SVG string by a pure function in shared/, shown as an image so that no
 * markup from the document ever becomes part of the page. The caption and `alt` describe it;
 * the worksheet's own table is the accessible alternative.
 */
export function SvgFigure({
  svg,
  alt,
  caption,
  className,
}: {
  readonly svg: string
  readonly alt: string
  readonly caption?: string
  readonly className?: string
}) {
  return (
    <figure className={className ? `chart ${className}` : 'chart'}>
      <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={alt} />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  )
}
