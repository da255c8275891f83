// Package extract turns one article's bytes into its record: actors, claims,
// events and positions. It does no I/O.
package extract
