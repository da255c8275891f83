// Package cli is the extract command: its flags, its usage errors and exit
// codes, the fan-out of articles over --jobs workers and the output of their
// records in input order, to standard output or to one file each under
// --out-dir. On a terminal it draws a progress line on standard error. It is
// the only package that writes to standard output and standard error.
package cli
