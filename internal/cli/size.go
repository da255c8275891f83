package cli

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits are the units --max-bytes takes, as GNU tools read them: a
// letter or an IEC unit is a power of 1024, an SI unit (KB, MB, GB) a power
// of 1000. Case does not matter.
var sizeUnits = map[string]int64{
	"": 1, "b": 1,
	"k": 1 << 10, "kib": 1 << 10, "kb": 1000,
	"m": 1 << 20, "mib": 1 << 20, "mb": 1000 * 1000,
	"g": 1 << 30, "gib": 1 << 30, "gb": 1000 * 1000 * 1000,
}

// parseSize reads a size such as 10485760, 500k, 10MiB or 1 KB: a whole
// number, optionally followed by a unit of sizeUnits.
func parseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	n, err := strconv.ParseInt(t[:i], 10, 64)
	unit, ok := sizeUnits[strings.ToLower(strings.TrimSpace(t[i:]))]
	if i == 0 || err != nil || !ok {
		return 0, fmt.Errorf("invalid --max-bytes %q: want a size such as 500k, 10MiB or 1048576 (units k, M, G, KiB, MiB, GiB of 1024; KB, MB, GB of 1000)", s)
	}
	if n > math.MaxInt64/unit {
		return 0, fmt.Errorf("invalid --max-bytes %q: too large", s)
	}
	if n == 0 {
		return 0, fmt.Errorf("invalid --max-bytes %q: want more than 0 bytes", s)
	}
	return n * unit, nil
}
