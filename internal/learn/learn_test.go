package learn

import (
	"bytes"
	"math"
	"testing"
)

// toy builds a small problem: an item is right when it has feature "good"
// and not "bad", with some noise features.
func toy() []Example {
	var ex []Example
	v := NewVector(10)
	for i := range 400 {
		v.Reset()
		good, bad := i%3 != 0, i%5 == 0
		v.AddBool("good", good)
		v.AddBool("bad", bad)
		v.Add("noise", string(rune('a'+i%7)))
		v.AddValue("len", float64(i%11)/10)
		ex = append(ex, Example{X: v.Copy(), Y: good && !bad || i%17 == 0})
	}
	return ex
}

func TestTrainReproducible(t *testing.T) {
	o := Options{Bits: 10, L2: 1e-3, Epochs: 5, Rate: 0.2, Seed: 7}
	a, _ := Train(toy(), o).MarshalBinary()
	b, _ := Train(toy(), o).MarshalBinary()
	if !bytes.Equal(a, b) {
		t.Fatalf("two training runs on the same examples gave different models (%d and %d bytes)", len(a), len(b))
	}
	o.Seed = 8
	c, _ := Train(toy(), o).MarshalBinary()
	if bytes.Equal(a, c) {
		t.Errorf("another seed gave the same model: the seed is not used")
	}
}

func TestTrainLearns(t *testing.T) {
	ex := toy()
	m := Train(ex, Options{Bits: 10, L2: 1e-4, Epochs: 20, Rate: 0.2, Seed: 1})
	s := make([]float64, len(ex))
	y := make([]bool, len(ex))
	for i, e := range ex {
		s[i], y[i] = m.Margin(e.X), e.Y
	}
	if auc := AUC(s, y); auc < 0.9 {
		t.Errorf("AUC on the training examples = %.3f, want >= 0.9", auc)
	}
	v := NewVector(10)
	v.AddBool("good", true)
	v.AddBool("bad", false)
	hi := m.Prob(v.X)
	v.Reset()
	v.AddBool("good", false)
	v.AddBool("bad", true)
	if lo := m.Prob(v.X); lo >= hi {
		t.Errorf("P(bad item) = %.3f, not below P(good item) = %.3f", lo, hi)
	}
}

func TestPlatt(t *testing.T) {
	// Margins twice too sharp: the right items are those with z > 0 only
	// as often as sigmoid(z/2) says.
	var z []float64
	var y []bool
	r := rng(3)
	for i := range 4000 {
		x := float64(i%81-40) / 10
		p := sigmoid(x / 2)
		z = append(z, x)
		y = append(y, float64(r.next()%10000)/10000 < p)
	}
	a, b := PlattFit(z, y)
	if math.Abs(a+0.5) > 0.1 || math.Abs(b) > 0.1 {
		t.Errorf("PlattFit = A %.3f B %.3f, want about -0.5 and 0", a, b)
	}
	p := make([]float64, len(z))
	raw := make([]float64, len(z))
	for i := range z {
		p[i] = sigmoid(-(a*z[i] + b))
		raw[i] = sigmoid(z[i])
	}
	if e, r := ECE(p, y), ECE(raw, y); e >= r || e > 0.03 {
		t.Errorf("ECE after Platt = %.3f, before %.3f; want lower, and <= 0.03", e, r)
	}
}

func TestMarshalLoad(t *testing.T) {
	m := Train(toy(), Options{Bits: 10, L2: 1e-3, Epochs: 3, Rate: 0.2, Seed: 1})
	m.A, m.B = -1.5, 0.25
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(b)
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	if got.Bits != m.Bits || got.Bias != m.Bias || got.A != m.A || got.B != m.B {
		t.Errorf("Load gave bits %d bias %v A %v B %v, want %d %v %v %v", got.Bits, got.Bias, got.A, got.B, m.Bits, m.Bias, m.A, m.B)
	}
	for i := range m.W {
		if got.W[i] != m.W[i] {
			t.Fatalf("weight %d = %v after Load, want %v", i, got.W[i], m.W[i])
		}
	}
	for _, bad := range [][]byte{nil, []byte("XXXX"), b[:len(b)-2], append(bytes.Clone(b), 0)} {
		if _, err := Load(bad); err == nil {
			t.Errorf("Load of %d bad bytes gave no error", len(bad))
		}
	}
}

func TestHash(t *testing.T) {
	if Hash(16, "cue", "said") == Hash(16, "cue", "told") {
		t.Error("cue=said and cue=told hash alike")
	}
	if Hash(16, "a", "bc") == Hash(16, "ab", "c") {
		t.Error("a=bc and ab=c hash alike: the parts are not separated")
	}
	if h := Hash(4, "x"); h >= 16 {
		t.Errorf("Hash(4, x) = %d, want < 16", h)
	}
}

func TestAUC(t *testing.T) {
	if a := AUC([]float64{1, 2, 3, 4}, []bool{false, false, true, true}); a != 1 {
		t.Errorf("AUC of a perfect ranking = %v, want 1", a)
	}
	if a := AUC([]float64{1, 1}, []bool{false, true}); a != 0.5 {
		t.Errorf("AUC of a tie = %v, want 0.5", a)
	}
}
