//go:build race

package nlp

// raceEnabled is true when tests run under the race detector, where prose
// is several times slower.
const raceEnabled = true
