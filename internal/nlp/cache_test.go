package nlp

import (
	"bytes"
	"os"
	"reflect"
	"sync"
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
		!reflect.DeepEqual(first.classifier.basic, second.classifier.basic) {
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
