// Package recordtest holds the records a test produces to the contract of
// package record: each must pass record.Validate against its input and
// survive a YAML round trip byte for byte. Only tests import it.
package recordtest
