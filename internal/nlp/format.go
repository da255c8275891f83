package nlp

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"maps"
	"slices"
	"unsafe"

	"gopkg.in/neurosnap/sentences.v1"
)

// The binary form of weights, as cached on disk: a magic string, the format
// version, a CRC-32 of the body and the body's size, then the body, a run of
// sections (the tagger's, the classifier's, then the four sets of the
// sentence splitter's training, keys and values). A section is a little-endian uint64 count followed by that many
// fixed-size little-endian values, padded with zeros to a multiple of 8
// bytes; a list of strings is two sections, their lengths (uint32) and
// their bytes. So every array in the body starts 8-aligned, and on a
// little-endian machine decode uses the arrays where they lie in the buffer
// read from the file, without copying them.
const (
	magic         = "extract-nlp-weights\n"
	formatVersion = 2
	headerSize    = len(magic) + 4 + 4 + 8
)

// errCorrupt marks cached weights that cannot be used.
var errCorrupt = errors.New("corrupt model cache")

// littleEndian reports whether this machine stores numbers as the cache
// does, so that its arrays can be used in place.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

type writer struct {
	buf bytes.Buffer
}

func (w *writer) u64(v uint64) { w.buf.Write(binary.LittleEndian.AppendUint64(nil, v)) }

func (w *writer) pad() {
	for w.buf.Len()%8 != 0 {
		w.buf.WriteByte(0)
	}
}

// section writes a count and the values of a slice of fixed-size numbers.
func section[T uint8 | uint32 | uint64 | float32](w *writer, vs []T) {
	w.u64(uint64(len(vs)))
	binary.Write(&w.buf, binary.LittleEndian, vs) // a bytes.Buffer never fails
	w.pad()
}

func (w *writer) strs(ss []string) {
	lens := make([]uint32, len(ss))
	var all []byte
	for i, s := range ss {
		lens[i] = uint32(len(s))
		all = append(all, s...)
	}
	section(w, lens)
	section(w, all)
}

// encode writes weights in binary form.
func (m *weights) encode(out io.Writer) error {
	w := &writer{}
	t := &m.tagger
	w.strs(t.classes)
	words := slices.Sorted(maps.Keys(t.dict))
	w.strs(words)
	dc := make([]uint8, len(words))
	for i, wd := range words {
		dc[i] = t.dict[wd]
	}
	section(w, dc)
	section(w, t.keys.keys)
	section(w, t.offs)
	section(w, t.cls)
	section(w, t.ws)
	c := &m.classifier
	w.strs(c.labels)
	w.strs(slices.Sorted(maps.Keys(c.basic)))
	section(w, c.keys.keys)
	section(w, c.ws)
	p := m.punkt
	for _, set := range []sentences.SetString{p.AbbrevTypes, p.Collocations, p.SentStarters, p.OrthoContext} {
		keys := slices.Sorted(maps.Keys(set))
		w.strs(keys)
		vs := make([]uint64, len(keys))
		for i, k := range keys {
			vs[i] = uint64(set[k])
		}
		section(w, vs)
	}

	body := w.buf.Bytes()
	head := make([]byte, 0, headerSize)
	head = append(head, magic...)
	head = binary.LittleEndian.AppendUint32(head, formatVersion)
	head = binary.LittleEndian.AppendUint32(head, crc32.ChecksumIEEE(body))
	head = binary.LittleEndian.AppendUint64(head, uint64(len(body)))
	if _, err := out.Write(head); err != nil {
		return err
	}
	_, err := out.Write(body)
	return err
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) u64() uint64 {
	if r.err != nil || len(r.b) < 8 {
		r.err = errCorrupt
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

// read returns the values of the next section, in place in the buffer.
func read[T uint8 | uint32 | uint64 | float32](r *reader) []T {
	size := int(unsafe.Sizeof(*new(T)))
	n := r.u64()
	if r.err != nil || n > uint64(len(r.b)/size) {
		r.err = errCorrupt
		return nil
	}
	k := int(n) * size
	padded := min((k+7)&^7, len(r.b))
	b := r.b[:k:k]
	r.b = r.b[padded:]
	if n == 0 {
		return []T{}
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

func (r *reader) strs() []string {
	lens := read[uint32](r)
	all := read[uint8](r)
	out := make([]string, len(lens))
	for i, n := range lens {
		if r.err != nil || int(n) > len(all) {
			r.err = errCorrupt
			return nil
		}
		out[i] = string(all[:n])
		all = all[n:]
	}
	if len(all) != 0 {
		r.err = errCorrupt
	}
	return out
}

// decode reads weights in binary form, checking them as it goes. The arrays
// of the weights it returns are b's own bytes, so b must not change after.
// On a machine that is not little-endian it reports errCorrupt, and the
// weights are rebuilt from prose's instead.
func decode(b []byte) (*weights, error) {
	if !littleEndian {
		return nil, errCorrupt
	}
	if len(b) < headerSize || string(b[:len(magic)]) != magic {
		return nil, errCorrupt
	}
	if binary.LittleEndian.Uint32(b[len(magic):]) != formatVersion {
		return nil, errCorrupt
	}
	sum := binary.LittleEndian.Uint32(b[len(magic)+4:])
	size := binary.LittleEndian.Uint64(b[len(magic)+8:])
	body := b[headerSize:]
	if uint64(len(body)) != size || crc32.ChecksumIEEE(body) != sum {
		return nil, errCorrupt
	}
	if uintptr(unsafe.Pointer(unsafe.SliceData(body)))%8 != 0 {
		body = aligned(body)
	}
	r := &reader{b: body}
	m := &weights{}
	t := &m.tagger
	t.classes = r.strs()
	words := r.strs()
	dc := read[uint8](r)
	tkeys := read[uint64](r)
	t.offs = read[uint32](r)
	t.cls = read[uint8](r)
	t.ws = read[float32](r)
	c := &m.classifier
	c.labels = r.strs()
	basic := r.strs()
	ckeys := read[uint64](r)
	c.ws = read[float32](r)
	var sets [4]sentences.SetString
	for i := range sets {
		keys := r.strs()
		vs := read[uint64](r)
		if len(keys) != len(vs) {
			return nil, errCorrupt
		}
		sets[i] = make(sentences.SetString, len(keys))
		for j, k := range keys {
			sets[i][k] = int(vs[j])
		}
	}
	m.punkt = &sentences.Storage{AbbrevTypes: sets[0], Collocations: sets[1], SentStarters: sets[2], OrthoContext: sets[3]}
	if r.err != nil || len(r.b) != 0 || len(dc) != len(words) ||
		len(t.offs) != len(tkeys)+1 || len(t.cls) != len(t.ws) ||
		len(c.ws) != len(ckeys)*len(c.labels) || len(t.classes) == 0 || len(c.labels) == 0 {
		return nil, errCorrupt
	}
	if t.offs[0] != 0 || t.offs[len(t.offs)-1] != uint32(len(t.cls)) {
		return nil, errCorrupt
	}
	for i := 1; i < len(t.offs); i++ {
		if t.offs[i] < t.offs[i-1] {
			return nil, errCorrupt
		}
	}
	for _, ci := range t.cls {
		if int(ci) >= len(t.classes) {
			return nil, errCorrupt
		}
	}
	if !slices.IsSorted(tkeys) || !slices.IsSorted(ckeys) {
		return nil, errCorrupt
	}
	t.keys = newTable(tkeys)
	c.keys = newTable(ckeys)
	t.dict = make(map[string]uint8, len(words))
	for i, wd := range words {
		if int(dc[i]) >= len(t.classes) {
			return nil, errCorrupt
		}
		t.dict[wd] = dc[i]
	}
	c.basic = make(map[string]bool, len(basic))
	for _, wd := range basic {
		c.basic[wd] = true
	}
	return m, nil
}

// aligned returns a copy of b that starts on an 8-byte boundary.
func aligned(b []byte) []byte {
	words := make([]uint64, (len(b)+7)/8)
	out := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(words)*8)[:len(b)]
	copy(out, b)
	return out
}
