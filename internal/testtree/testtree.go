// Package testtree makes trees of files for tests. Only tests import it.
package testtree

import (
	"os"
	"path/filepath"
	"testing"
)

// Write creates files, given by slash-separated path with their text,
// under dir, making the folders they need.
func Write(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}
