package cli

import "runtime/debug"

// version is the version that --version reports, set when building:
//
//	go build -ldflags "-X github.com/extract-news/extract/internal/cli.version=v1.2.3" ./cmd/extract
//
// It is the one package-level variable here, and nothing changes it at run
// time.
var version string

// buildVersion returns the version set by -ldflags, else the module version
// that go install recorded, else the VCS revision go build recorded, else
// "dev".
func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	revision, dirty := "", false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if revision == "" {
		return "dev"
	}
	revision = revision[:min(len(revision), 12)]
	if dirty {
		revision += "-dirty"
	}
	return revision
}
