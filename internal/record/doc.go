// Package record defines the article record, version 1: the contract in
// record-v1.md between extract and everything downstream of it. It holds the
// Go types, the stream encoder (YAML documents or JSON Lines) and Validate,
// which checks the contract's rules on one record against its input.
package record
