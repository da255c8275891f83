package nlp

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"sync"
	"syscall"
	"testing"
)

func TestCache(t *testing.T) {
	dir := t.TempDir()
	key := cacheKey()
	path := cacheFile(dir, key)

	first, err := loadWeights(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	if !bytes.HasPrefix(b, []byte(key)) {
		t.Fatalf("cache does not start with its key %q", key)
	}

	// Read back from the cache: the same weights.
	second, err := loadWeights(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(first.tagger.classes, second.tagger.classes) ||
		!reflect.DeepEqual(first.tagger.keys.keys, second.tagger.keys.keys) ||
		!reflect.DeepEqual(first.tagger.ws, second.tagger.ws) ||
		!reflect.DeepEqual(first.tagger.dict, second.tagger.dict) ||
		!reflect.DeepEqual(first.classifier.ws, second.classifier.ws) ||
		!reflect.DeepEqual(first.classifier.basic, second.classifier.basic) ||
		!reflect.DeepEqual(first.punkt, second.punkt) {
		t.Error("weights read from the cache differ from prose's")
	}

	// A corrupt cache is rebuilt.
	for name, corrupt := range map[string][]byte{
		"flipped byte": func() []byte { c := bytes.Clone(b); c[len(c)/2] ^= 0xff; return c }(),
		"truncated":    b[:len(b)/3],
		"other key":    append([]byte("prose v0.0.1; format 1\n"), b[len(key):]...),
		"empty":        nil,
	} {
		if err := os.WriteFile(path, corrupt, 0o644); err != nil {
			t.Fatal(err)
		}
		w, err := loadWeights(dir)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(w.tagger.classes) == 0 {
			t.Fatalf("%s: empty weights", name)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, b) {
			t.Errorf("%s: cache not rebuilt", name)
		}
	}
}

// TestCacheConcurrent starts several first runs at once: each gets good
// weights and the cache left behind is whole.
func TestCacheConcurrent(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := loadWeights(dir); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	b, err := os.ReadFile(cacheFile(dir, cacheKey()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decode(b[len(cacheKey()):]); err != nil {
		t.Errorf("cache after concurrent runs: %v", err)
	}
	entries, _ := os.ReadDir(dir + "/extract")
	if len(entries) != 1 {
		t.Errorf("cache folder holds %d files, want 1 (temporary files left?)", len(entries))
	}
}

func TestNoCache(t *testing.T) {
	w, err := loadWeights("")
	if err != nil || len(w.classifier.labels) == 0 {
		t.Fatalf("loadWeights(\"\") = %v, %v", w, err)
	}
}

// TestCacheNotRegular puts at the cache path what is not a regular file: a
// FIFO (which would block a reader until some writer came), a symbolic link
// to /dev/zero (an endless file), one to a good cache file, and a folder.
// None is read, and each but the folder is replaced by a cache file of its
// own.
func TestCacheNotRegular(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or /dev/zero")
	}
	key := cacheKey()
	good := filepath.Join(t.TempDir(), "good.bin")
	w, err := fromProse()
	if err != nil {
		t.Fatal(err)
	}
	if err := writeCache(good, key, w); err != nil {
		t.Fatal(err)
	}
	for name, create := range map[string]func(path string) error{
		"fifo":               func(path string) error { return syscall.Mkfifo(path, 0o644) },
		"link to /dev/zero":  func(path string) error { return os.Symlink("/dev/zero", path) },
		"link to good cache": func(path string) error { return os.Symlink(good, path) },
		"folder":             func(path string) error { return os.Mkdir(path, 0o755) },
		"too large":          func(path string) error { return os.WriteFile(path, make([]byte, maxCacheSize+1), 0o644) },
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := cacheFile(dir, key)
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := create(path); err != nil {
				t.Skipf("cannot make a %s: %v", name, err)
			}
			if _, err := readCache(path, key); err == nil {
				t.Errorf("readCache read a %s", name)
			}
			w, err := loadWeights(dir)
			if err != nil || len(w.tagger.classes) == 0 {
				t.Fatalf("loadWeights with a %s: %v", name, err)
			}
			info, err := os.Lstat(path)
			if err != nil {
				t.Fatal(err)
			}
			if name != "folder" && !info.Mode().IsRegular() {
				t.Errorf("after loadWeights, the %s is still there (%v), not a cache file", name, info.Mode())
			}
			if _, err := os.Stat("/dev/zero"); err != nil {
				t.Errorf("/dev/zero: %v", err)
			}
			if got, err := os.ReadFile(good); err != nil || !bytes.HasPrefix(got, []byte(key)) {
				t.Errorf("the good cache a link pointed to was changed: %v", err)
			}
		})
	}
}
