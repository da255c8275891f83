//go:build !race

package cli

// raceEnabled is true when tests run under the race detector, where the
// extraction is several times slower.
const raceEnabled = false
