package learn

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// Model is a trained logistic regression with its calibration.
type Model struct {
	Bits uint8
	Bias float32
	W    []float32 // one weight per bucket, 2^Bits of them
	// A and B calibrate a margin z to the probability 1/(1+exp(A*z+B))
	// (Platt scaling). A zero A means uncalibrated: the plain logistic.
	A, B float32
}

// NewModel returns a model of zero weights over 2^bits buckets.
func NewModel(bits uint8) *Model {
	return &Model{Bits: bits, W: make([]float32, 1<<bits)}
}

// Margin gives the model's raw score of x: bias plus weighted features.
func (m *Model) Margin(x []Feature) float64 {
	z := float64(m.Bias)
	for _, f := range x {
		z += float64(m.W[f.Index&(1<<m.Bits-1)]) * float64(f.Value)
	}
	return z
}

// Prob gives the calibrated probability that x is right.
func (m *Model) Prob(x []Feature) float64 {
	return m.Calibrate(m.Margin(x))
}

// Calibrate maps a margin to a probability with the model's calibration.
func (m *Model) Calibrate(z float64) float64 {
	if m.A == 0 {
		return sigmoid(z)
	}
	return sigmoid(-(float64(m.A)*z + float64(m.B)))
}

func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

const magic = "LRM1"

// MarshalBinary encodes m: a magic, the bucket bits, bias and calibration as
// float32, then the non-zero weights as (index delta, float32) pairs.
func (m *Model) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(magic)
	b.WriteByte(m.Bits)
	for _, f := range []float32{m.Bias, m.A, m.B} {
		binary.Write(&b, binary.LittleEndian, math.Float32bits(f))
	}
	n := 0
	for _, w := range m.W {
		if w != 0 {
			n++
		}
	}
	b.Write(binary.AppendUvarint(nil, uint64(n)))
	prev := 0
	for i, w := range m.W {
		if w == 0 {
			continue
		}
		b.Write(binary.AppendUvarint(nil, uint64(i-prev)))
		binary.Write(&b, binary.LittleEndian, math.Float32bits(w))
		prev = i
	}
	return b.Bytes(), nil
}

// Load decodes a model that MarshalBinary encoded.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+1+12 || string(data[:len(magic)]) != magic {
		return nil, errors.New("learn: not a model (bad magic)")
	}
	bits := data[len(magic)]
	if bits == 0 || bits > 24 {
		return nil, fmt.Errorf("learn: model has %d bucket bits, want 1 to 24", bits)
	}
	m := NewModel(bits)
	p := data[len(magic)+1:]
	f32 := func() float32 {
		v := math.Float32frombits(binary.LittleEndian.Uint32(p))
		p = p[4:]
		return v
	}
	m.Bias, m.A, m.B = f32(), f32(), f32()
	n, k := binary.Uvarint(p)
	if k <= 0 {
		return nil, errors.New("learn: model truncated")
	}
	p = p[k:]
	i := 0
	for range n {
		d, k := binary.Uvarint(p)
		if k <= 0 || len(p) < k+4 {
			return nil, errors.New("learn: model truncated")
		}
		p = p[k:]
		i += int(d)
		if i >= len(m.W) {
			return nil, fmt.Errorf("learn: weight index %d out of range", i)
		}
		m.W[i] = f32()
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("learn: %d bytes after the weights", len(p))
	}
	return m, nil
}
