package nlp

import (
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"unsafe"
)

// The decoded weights are cached in a folder the caller names (the command
// passes the user's cache directory), so that a process reads about 10 MB
// instead of decoding prose's assets (about half a second). The file is
// keyed by prose's module version and checksum and by the format version;
// it is checked when read and rebuilt when missing, stale or corrupt. It is
// read with one read into a buffer whose arrays the weights then use in
// place, and only when it is a regular file of a plausible size: a FIFO, a
// device or a symbolic link there is not followed but replaced. It is
// written to a temporary file and renamed, so concurrent first runs never
// see half a file.

// The modules whose data the cache holds.
var cachedModules = []string{"github.com/jdkato/prose/v2", "gopkg.in/neurosnap/sentences.v1"}

// maxCacheSize is the largest cache file read: twice the size it has.
const maxCacheSize = 32 << 20

// cacheKey names the weights a build uses.
func cacheKey() string {
	var key strings.Builder
	bi, _ := debug.ReadBuildInfo()
	for _, m := range cachedModules {
		v := "unknown"
		if bi != nil {
			for _, d := range bi.Deps {
				if d.Path == m {
					if d.Replace != nil {
						d = d.Replace
					}
					v = d.Version + " " + d.Sum
				}
			}
		}
		fmt.Fprintf(&key, "%s %s; ", m, v)
	}
	fmt.Fprintf(&key, "format %d\n", formatVersion)
	return key.String()
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
	if dir == "" {
		return fromProse()
	}
	key := cacheKey()
	path := cacheFile(dir, key)
	if w, err := readCache(path, key); err == nil {
		return w, nil
	}
	w, err := fromProse()
	if err != nil {
		return nil, err
	}
	writeCache(path, key, w) // best effort
	return w, nil
}

// errNotRegular marks a cache path that is not a regular file.
var errNotRegular = errors.New("model cache is not a regular file")

// readCache reads the weights cached at path under key.
func readCache(path, key string) (*weights, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errNotRegular
	}
	size := info.Size()
	if size < int64(len(key)) || size > maxCacheSize {
		return nil, errCorrupt
	}
	// One read into a buffer of uint64s, placed so that the body after
	// the key and the header starts 8-aligned: decode then uses its arrays
	// where they lie.
	start := (8 - (len(key)+headerSize)%8) % 8
	words := make([]uint64, (int(size)+start+7)/8)
	buf := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(words)*8)[start : start+int(size)]
	if _, err := io.ReadFull(f, buf); err != nil {
		return nil, err
	}
	if string(buf[:len(key)]) != key {
		return nil, errCorrupt
	}
	return decode(buf[len(key):])
}

// writeCache writes w to path through a temporary file and a rename, which
// replaces whatever path was (a stale file, a FIFO, a symbolic link) and
// never writes through it.
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
