//go:build !unix

package nlp

import "os"

// openRegular opens path for reading when it is a regular file and no
// symbolic link; the caller checks again what it opened.
func openRegular(path string) (*os.File, error) {
	info, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	return os.Open(path)
}
