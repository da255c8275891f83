package claims

import (
	"testing"

	"github.com/extract-news/extract/internal/learn"
	"github.com/extract-news/extract/internal/record"
)

// griper is a model that takes a verb group of the lemma "gripe" for
// reported speech, and nothing else.
func griper() *learn.Model {
	m := learn.NewModel(SpeechBits)
	m.Bias = -4
	m.W[learn.Hash(SpeechBits, "lemma", "gripe")] = 8
	return m
}

func TestSpeechModelLoads(t *testing.T) {
	if loadSpeech() == nil {
		t.Fatalf("the embedded speech model (speech.bin, %d bytes) does not load with %d bucket bits", len(speechBin), SpeechBits)
	}
}

// TestLearned reads an invented sentence whose cue the rules do not know
// ("griped that ..."): the model makes it a claim with the
// verb's subject for speaker; without the model, or with NoSpeech, there is
// none.
func TestLearned(t *testing.T) {
	const text = "Ferry timetable changes\n\nHarbor director Mara Quint griped that the new timetable left late workers stranded.\n"
	got, acts, cands := findWith(t, text, Options{Speech: griper(), Collect: true})
	if len(got) != 1 {
		t.Fatalf("got %d claims %v, want 1", len(got), got)
	}
	c := got[0]
	if c.Text != "the new timetable left late workers stranded" || c.Kind != record.Indirect || c.Cue != "griped" || speakerName(c, acts) != "Mara Quint" {
		t.Errorf("got %s %q cue %q speaker %q, want indirect \"the new timetable left late workers stranded\" cue \"griped\" speaker Mara Quint",
			c.Kind, c.Text, c.Cue, speakerName(c, acts))
	}
	kept := 0
	for _, k := range cands {
		if k.Kept {
			kept++
		}
	}
	if len(cands) == 0 || kept != 1 {
		t.Errorf("%d candidates, %d kept; want some, one kept", len(cands), kept)
	}
	if got, _, _ := findWith(t, text, Options{NoSpeech: true}); len(got) != 0 {
		t.Errorf("NoSpeech: got %d claims %v, want none", len(got), got)
	}
}

// TestLearnedLeavesRules checks that a candidate overlapping a claim of
// the rules is not read, however sure the model is: the rules' claim of
// "said" stands alone.
func TestLearnedLeavesRules(t *testing.T) {
	m := learn.NewModel(SpeechBits)
	m.Bias = 10 // every candidate is speech
	const text = "Ferry timetable changes\n\nMara Quint said the ferry would run daily from May.\n"
	got, _, _ := findWith(t, text, Options{Speech: m})
	if len(got) != 1 || got[0].Text != "the ferry would run daily from May" || got[0].Cue != "said" {
		t.Errorf("got %v, want the rules' one claim \"the ferry would run daily from May\"", got)
	}
}

// TestLearnedClausesOnly checks that only a clause is read as learned
// speech: a noun phrase after a verb ("recorded 300 cases", "painted
// the wall") reports nothing, however sure the model is.
func TestLearnedClausesOnly(t *testing.T) {
	m := learn.NewModel(SpeechBits)
	m.Bias = 10 // every candidate is speech
	const text = "Clinic figures\n\nThe regional clinic recorded 300 new cases in March. Volunteers painted the harbour wall on Sunday. The mayor thanked the volunteers and invited them to a picnic.\n"
	if got, _, _ := findWith(t, text, Options{Speech: m}); len(got) != 0 {
		t.Errorf("got %v, want no claim", got)
	}
}

// TestLearnedDeterministic checks that one text gives the same candidates
// and features twice.
func TestLearnedDeterministic(t *testing.T) {
	const text = "Ferry timetable changes\n\nMara Quint griped the plan would cost too much, and the council noted that a study found higher costs.\n"
	_, _, a := findWith(t, text, Options{NoSpeech: true, Collect: true})
	_, _, b := findWith(t, text, Options{NoSpeech: true, Collect: true})
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("%d and %d candidates, want the same, more than none", len(a), len(b))
	}
	for i := range a {
		if a[i].Span != b[i].Span || len(a[i].X) != len(b[i].X) {
			t.Fatalf("candidate %d differs: %v and %v", i, a[i].Span, b[i].Span)
		}
		for j := range a[i].X {
			if a[i].X[j] != b[i].X[j] {
				t.Fatalf("candidate %d feature %d differs", i, j)
			}
		}
	}
}

// TestLearnedNoActs checks that a verb the cue lexicon does not know
// reports no noun phrase, however sure the model: suing is an act.
func TestLearnedNoActs(t *testing.T) {
	m := learn.NewModel(SpeechBits)
	m.Bias = 10
	const text = "Harbor bridge repairs stall\n\nBelknap Civil Works sued the city over the delays.\n"
	if got, _, _ := findWith(t, text, Options{Speech: m}); len(got) != 0 {
		t.Errorf("got %v, want no claim", got)
	}
}

// TestLearnedNotSaid checks that a negated cue, or one after "declined
// to", reports nothing, however sure the model.
func TestLearnedNotSaid(t *testing.T) {
	m := learn.NewModel(SpeechBits)
	m.Bias = 10
	for _, text := range []string{
		"Ferry timetable changes\n\nMara Quint would not say whether the ferry would run in May.\n",
		"Ferry timetable changes\n\nMara Quint declined to say whether the ferry would run in May.\n",
	} {
		if got, _, _ := findWith(t, text, Options{Speech: m}); len(got) != 0 {
			t.Errorf("%q: got %v, want no claim", text, got)
		}
	}
}
