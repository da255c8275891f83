package nlp

import (
	"bytes"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
)

// The decoded weights are cached in the user's cache directory, so that a
// process reads a few megabytes instead of decoding prose's assets (about
// half a second). The file is keyed by prose's module version and checksum
// and by the format version; it is checked when read and rebuilt when
// missing, stale or corrupt. It is written to a temporary file and renamed,
// so concurrent first runs never see half a file.

const prosePath = "github.com/jdkato/prose/v2"

// cacheKey names the weights a build uses.
func cacheKey() string {
	v := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			if d.Path == prosePath {
				if d.Replace != nil {
					d = d.Replace
				}
				v = d.Version + " " + d.Sum
			}
		}
	}
	return fmt.Sprintf("prose %s; format %d\n", v, formatVersion)
}

// cacheFile returns the cache file for key under dir.
func cacheFile(dir, key string) string {
	return filepath.Join(dir, "extract", fmt.Sprintf("nlp-weights-%08x.bin", crc32.ChecksumIEEE([]byte(key))))
}

// loadWeights returns the weights, from the cache under dir when it holds
// them, else from prose's assets, writing the cache. An empty dir means no
// cache. A cache that cannot be written is no error: the weights are still
// good.
func loadWeights(dir string) (*weights, error) {
	key := cacheKey()
	if dir == "" {
		return fromProse()
	}
	path := cacheFile(dir, key)
	if b, err := os.ReadFile(path); err == nil && bytes.HasPrefix(b, []byte(key)) {
		if w, err := decode(b[len(key):]); err == nil {
			return w, nil
		}
	}
	w, err := fromProse()
	if err != nil {
		return nil, err
	}
	writeCache(path, key, w) // best effort
	return w, nil
}

// writeCache writes w to path through a temporary file and a rename.
func writeCache(path, key string, w *weights) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".nlp-weights-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // no-op after the rename
	if _, err := f.WriteString(key); err != nil {
		f.Close()
		return err
	}
	if err := w.encode(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

// userCacheDir is where the cache lives: os.UserCacheDir, or nowhere.
// Test binaries use none, so that tests never touch the user's cache; the
// cache's own tests point it at temporary folders.
func userCacheDir() string {
	if testing.Testing() {
		return ""
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return dir
}
