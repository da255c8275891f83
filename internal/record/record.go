package record

// Version is the contract version every record carries in its record field.
const Version = "v1"

// A Span is a pair of byte offsets [start, end) into the input as it was read.
type Span [2]int

// Record is one article's facts, as record-v1.md defines them.
type Record struct {
	Record string `yaml:"record" json:"record"`
	Source string `yaml:"source" json:"source"`
	Title  string `yaml:"title" json:"title"`
	Stats  Stats  `yaml:"stats" json:"stats"`
	Input  string `yaml:"input" json:"input"`
	Meta   Meta   `yaml:"meta" json:"meta"`
	// Text is the article text read from a page (HTML, a WARC response),
	// which every span then indexes. It is empty, and left out, for plain
	// text, whose spans index the input as read.
	Text      string     `yaml:"text,omitempty" json:"text,omitempty"`
	Actors    []Actor    `yaml:"actors" json:"actors"`
	Claims    []Claim    `yaml:"claims" json:"claims"`
	Events    []Event    `yaml:"events" json:"events"`
	Positions []Position `yaml:"positions" json:"positions"`
}

// Stats counts the input: bytes, sentences (headline and subheadings
// included) and whitespace-separated words.
type Stats struct {
	Bytes     int `yaml:"bytes" json:"bytes"`
	Sentences int `yaml:"sentences" json:"sentences"`
	Words     int `yaml:"words" json:"words"`
}

// Input kinds: what the input was read as.
const (
	InputText = "text"
	InputHTML = "html" // a page, or an HTML response inside a WARC file
)

// Meta is what the input said about itself; "" or an empty list where it
// said nothing.
type Meta struct {
	URL       string   `yaml:"url" json:"url"`              // the page's canonical URL
	Site      string   `yaml:"site" json:"site"`            // the publication's name
	Authors   []string `yaml:"authors,flow" json:"authors"` // bylines, one name each
	Published string   `yaml:"published" json:"published"`  // ISO 8601 date or date and time
	Language  string   `yaml:"language" json:"language"`    // ISO 639-1 code
}

// Actor types.
const (
	Person       = "person"
	Organization = "organization"
	Location     = "location"
	Group        = "group"
)

// Actor is one real-world referent: a person, organisation, place or group,
// or an anonymous source.
type Actor struct {
	ID         string   `yaml:"id" json:"id"`
	Name       string   `yaml:"name" json:"name"`
	Type       string   `yaml:"type" json:"type"`
	Aliases    []string `yaml:"aliases,flow" json:"aliases"`
	Titles     []string `yaml:"titles,flow" json:"titles"`
	Anonymous  bool     `yaml:"anonymous" json:"anonymous"`
	Mentions   int      `yaml:"mentions" json:"mentions"`
	Spans      []Span   `yaml:"spans,flow" json:"spans"`
	Confidence float64  `yaml:"confidence" json:"confidence"`
}

// Every actor, claim, event and position carries a Confidence: the
// calibrated probability, rounded to two decimals, that the item is right as
// record-v1.md counts it (set by package confidence).

// Claim kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Partial  = "partial"
)

// Claim is something an actor is reported to have said, written or asserted.
type Claim struct {
	ID         string  `yaml:"id" json:"id"`
	Speaker    *string `yaml:"speaker" json:"speaker"`
	Text       string  `yaml:"text" json:"text"`
	Kind       string  `yaml:"kind" json:"kind"`
	Cue        string  `yaml:"cue" json:"cue"`
	Sentence   int     `yaml:"sentence" json:"sentence"`
	Span       Span    `yaml:"span,flow" json:"span"`
	Confidence float64 `yaml:"confidence" json:"confidence"`
}

// Event modalities.
const (
	Past     = "past"
	Ongoing  = "ongoing"
	Future   = "future"
	Possible = "possible"
	Negated  = "negated"
)

// Event is a concrete action or happening: who did what to whom, when, where.
type Event struct {
	ID           string  `yaml:"id" json:"id"`
	Action       string  `yaml:"action" json:"action"`
	ActionSpan   Span    `yaml:"action_span,flow" json:"action_span"`
	Text         string  `yaml:"text" json:"text"`
	Agent        *string `yaml:"agent" json:"agent"`
	Patient      string  `yaml:"patient" json:"patient"`
	PatientActor *string `yaml:"patient_actor" json:"patient_actor"`
	Time         string  `yaml:"time" json:"time"`
	Place        *string `yaml:"place" json:"place"`
	Modality     string  `yaml:"modality" json:"modality"`
	Sentence     int     `yaml:"sentence" json:"sentence"`
	Span         Span    `yaml:"span,flow" json:"span"`
	Confidence   float64 `yaml:"confidence" json:"confidence"`
}

// Stances.
const (
	Support = "support"
	Oppose  = "oppose"
)

// Position is an actor's stance toward a target, with the claims and events
// it rests on.
type Position struct {
	Actor       string   `yaml:"actor" json:"actor"`
	Stance      string   `yaml:"stance" json:"stance"`
	Target      string   `yaml:"target" json:"target"`
	TargetActor *string  `yaml:"target_actor" json:"target_actor"`
	Evidence    []string `yaml:"evidence,flow" json:"evidence"`
	Sentence    int      `yaml:"sentence" json:"sentence"`
	Span        Span     `yaml:"span,flow" json:"span"`
	Confidence  float64  `yaml:"confidence" json:"confidence"`
}

// New returns an empty record for source: every list empty, never nil.
func New(source string) Record {
	return Record{
		Record:    Version,
		Source:    source,
		Input:     InputText,
		Meta:      Meta{Authors: []string{}},
		Actors:    []Actor{},
		Claims:    []Claim{},
		Events:    []Event{},
		Positions: []Position{},
	}
}

// ActorSpans lists each actor's mention spans, in the actors' order.
func ActorSpans(actors []Actor) [][]Span {
	out := make([][]Span, len(actors))
	for i, a := range actors {
		out[i] = a.Spans
	}
	return out
}
