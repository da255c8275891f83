package cli

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestUserCache runs the command as users do, a process of its own with
// the user's cache directory (here a temporary one, through XDG_CACHE_HOME
// and HOME): the first run writes the model's cache there, the second reads
// it, and both write the same record. The binary links no package testing.
func TestUserCache(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	bin := buildExtract(t)
	home := t.TempDir()
	run := func() []byte {
		cmd := exec.Command(bin, "--min-confidence", "0", "sample.txt") // as the goldens are written
		cmd.Dir = "../../testdata/articles"
		cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+filepath.Join(home, "cache"), "HOME="+home, "LocalAppData="+home)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("extract: %v\n%s", err, stderr.Bytes())
		}
		return out
	}
	first := run()
	var caches []string
	filepath.WalkDir(home, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), "nlp-weights-") && filepath.Base(filepath.Dir(path)) == "extract" {
			caches = append(caches, path)
		}
		return nil
	})
	if len(caches) != 1 {
		t.Fatalf("after a first run, model caches under the cache directory: %q, want 1", caches)
	}
	info, err := os.Lstat(caches[0])
	if err != nil || !info.Mode().IsRegular() || info.Size() == 0 {
		t.Fatalf("model cache %s: %v, %v", caches[0], info, err)
	}
	if second := run(); !bytes.Equal(first, second) {
		t.Errorf("the run reading the model cache wrote\n%s\nthe run writing it\n%s", second, first)
	}
	want, err := os.ReadFile("../../testdata/golden/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, want) {
		t.Errorf("extract sample.txt differs from testdata/golden/sample.yaml:\n%s", first)
	}

	goCmd := filepath.Join(runtime.GOROOT(), "bin", "go")
	syms, err := exec.Command(goCmd, "tool", "nm", bin).Output()
	if err != nil {
		t.Skipf("go tool nm: %v", err)
	}
	for line := range strings.Lines(string(syms)) {
		if f := strings.Fields(line); len(f) >= 3 && strings.HasPrefix(f[len(f)-1], "testing.") {
			t.Errorf("the extract binary links package testing: %s", strings.TrimSpace(line))
			break
		}
	}
}
