package record

// sampleInput is the article the sample record was read from.
const sampleInput = `Vance said: "We will fight." Apple withdrew.`

// sample returns a small record that keeps the contract for sampleInput. Each
// call returns fresh slices, so a test may change them.
func sample() Record {
	a1, c1 := "a1", "c1"
	r := New("x.txt")
	r.Stats = Stats{Bytes: 44, Sentences: 2, Words: 6}
	r.Actors = []Actor{
		{ID: "a1", Name: "JD Vance", Type: Person, Aliases: []string{"Vance"}, Titles: []string{}, Mentions: 1, Spans: []Span{{0, 5}}, Confidence: 0.97},
		{ID: "a2", Name: "Apple", Type: Organization, Aliases: []string{}, Titles: []string{}, Mentions: 1, Spans: []Span{{29, 34}}, Confidence: 0.9},
	}
	r.Claims = []Claim{
		{ID: "c1", Speaker: &a1, Text: "We will fight.", Kind: Direct, Cue: "said", Sentence: 0, Span: Span{13, 27}, Confidence: 0.85},
	}
	r.Events = []Event{
		{ID: "e1", Action: "withdraw", ActionSpan: Span{35, 43}, Text: "Apple withdrew", Agent: ptr("a2"), Modality: Past, Sentence: 1, Span: Span{29, 43}, Confidence: 0.5},
	}
	r.Positions = []Position{
		{Actor: "a1", Stance: Oppose, Target: "Apple", TargetActor: ptr("a2"), Evidence: []string{c1}, Sentence: 0, Span: Span{13, 27}, Confidence: 0.05},
	}
	return r
}

func ptr(s string) *string { return &s }
