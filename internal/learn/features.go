package learn

import "slices"

// A Feature is one hashed feature and its value.
type Feature struct {
	Index uint32
	Value float32
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Vector collects an item's features. Reset it to reuse its memory.
type Vector struct {
	Bits uint8
	X    []Feature
}

// NewVector returns an empty vector hashing into 2^bits buckets.
func NewVector(bits uint8) *Vector { return &Vector{Bits: bits} }

// Reset empties v, keeping its memory.
func (v *Vector) Reset() { v.X = v.X[:0] }

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// Hash gives the bucket of the feature named by parts, joined by '='.
func Hash(bits uint8, parts ...string) uint32 {
	h := uint64(fnvOffset)
	for i, p := range parts {
		if i > 0 {
			h ^= '='
			h *= fnvPrime
		}
		h = hashString(h, p)
	}
	return uint32(h>>32^h) & (1<<bits - 1)
}

// Add adds the indicator feature name=value.
func (v *Vector) Add(name, value string) {
	v.X = append(v.X, Feature{Hash(v.Bits, name, value), 1})
}

// AddValue adds the feature name with a real value.
func (v *Vector) AddValue(name string, x float64) {
	v.X = append(v.X, Feature{Hash(v.Bits, name), float32(x)})
}

// AddBool adds name=true or name=false.
func (v *Vector) AddBool(name string, b bool) {
	if b {
		v.Add(name, "true")
	} else {
		v.Add(name, "false")
	}
}

// Bucket adds name=b, where b is the first of bounds that x is below
// ("0".."n" by position), or the number of bounds when x is above them all.
func (v *Vector) Bucket(name string, x float64, bounds ...float64) {
	i := 0
	for i < len(bounds) && x >= bounds[i] {
		i++
	}
	v.Add(name, string(rune('a'+i)))
}

// Cross adds the conjunction of two indicator features.
func (v *Vector) Cross(a, av, b, bv string) {
	v.X = append(v.X, Feature{Hash(v.Bits, a, av, b, bv), 1})
}

// Copy returns the features, sorted by index, for keeping as an example.
func (v *Vector) Copy() []Feature {
	x := slices.Clone(v.X)
	slices.SortStableFunc(x, func(a, b Feature) int {
		switch {
		case a.Index < b.Index:
			return -1
		case a.Index > b.Index:
			return 1
		}
		return 0
	})
	return x
}
