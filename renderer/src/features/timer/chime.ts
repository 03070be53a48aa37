let context: AudioContext | null = null

/** Prepares audio during a click, since browsers only allow sound after a user gesture. */
export function unlockAudio(): void {
  try {
    context ??= new AudioContext()
    if (context.state === 'suspended') void context.resume()
  } catch {
    context = null
  }
}

/** A short, soft two-note tone: a gentle signal that the time is up, never an alarm. */
export function playChime(): void {
  if (!context) return
  try {
    const start = context.currentTime
    for (const [index, frequency] of [660, 880].entries()) {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      const at = start + index * 0.35
      oscillator.type = 'sine'
      oscillator.frequency.value = frequency
      gain.gain.setValueAtTime(0.0001, at)
      gain.gain.exponentialRampToValueAtTime(0.12, at + 0.05)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.9)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(at)
      oscillator.stop(at + 1)
    }
  } catch {
    // Sound is a courtesy; the visual signal and the announcement remain.
  }
}
