//go:build unix

package nlp

import (
	"os"
	"syscall"
)

// openRegular opens path for reading without following a symbolic link and
// without waiting for a writer when it is a FIFO; the caller checks that
// what it opened is a regular file.
func openRegular(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}
