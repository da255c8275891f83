package events

import (
	"strings"

	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/syntax"
)

// nouns returns the candidate events of sentence si read from event nouns
// (data/nouns.txt) that head their noun phrase: "Boeing's purchase of the
// plant", "the deal with Aeroflot", "filed for bankruptcy". verbs are the
// sentence's verb candidates: a noun that is a verb's object, or follows
// it after one preposition, takes that verb's agent and modality ("Aeroflot
// negotiated the purchase").
func (f *finder) nouns(si int, verbs []cand) []cand {
	s := f.d.Sentences[si]
	t := f.d.Tokens
	var out []cand
	for i := s.First; i < s.Lim; i++ {
		if t[i].Tag != "NN" && t[i].Tag != "NNS" || f.quoted[i] || f.actorOf[i] >= 0 {
			continue
		}
		lemma, ok := f.lx.noun[strings.ToLower(t[i].Text)]
		if !ok || i+1 < s.Lim && (strings.HasPrefix(t[i+1].Tag, "NN") || t[i+1].Tag == "POS") {
			continue
		}
		a := f.syn.Left(i, s.First, syntax.Bare) // "the company's costly sale"
		agent, patient := -1, -1
		for k := a; k < i; k++ {
			if x := int(f.actorOf[k]); x >= 0 && f.actors[x].Type != record.Location {
				agent = x
			}
		}
		end := f.nounPhrases(i, s.Lim, &agent, &patient)
		modality, governed, when := record.Past, false, f.time(a, end+1)
		if v, ok := f.governor(a, s.First, verbs); ok && !f.lx.skip(v.g.Lemma) {
			modality = v.e.Modality
			if when == "" {
				when = v.e.Time
			}
			if agent < 0 && v.agent >= 0 {
				agent, governed = v.agent, true
			}
		}
		e := record.Event{
			Action:       lemma,
			ActionSpan:   record.Span{int(t[i].Start), int(t[i].End)},
			Text:         f.text(a, end),
			Agent:        f.id(agent),
			Patient:      f.text(a, i),
			PatientActor: f.id(patient),
			Time:         when,
			Place:        f.id(f.place(a, end+1, agent)),
			Modality:     modality,
			Sentence:     si,
			Span:         record.Span{int(t[a].Start), int(t[end].End)},
		}
		out = append(out, cand{e: e, g: group{Verb: &syntax.Verb{First: i, Main: i, Last: i, Lemma: lemma}}, agent: agent, patient: patient, noun: true, governed: governed})
	}
	return out
}

// nounPhrases reads the prepositional phrases after event noun i, before
// lim ("the acquisition of Brightline by Acme Corp"): "of", "with",
// "against", "from", "for" and "to" give the patient, "by" the agent,
// "between" both, each unless already found. It returns the last token
// read.
func (f *finder) nounPhrases(i, lim int, agent, patient *int) int {
	t := f.d.Tokens
	end := i
	for k := i + 1; k+1 < lim; {
		n := f.syn.PhraseRight(k+1, lim)
		if !n.OK {
			break
		}
		x := f.npActor(n)
		switch strings.ToLower(t[k].Text) {
		case "of", "with", "against", "from", "for", "to":
			if *patient < 0 {
				*patient = x
			}
		case "by":
			if *agent < 0 {
				*agent = x
			}
		case "between":
			for j := int(n.A); j <= int(n.B); j++ {
				if y := int(f.actorOf[j]); y >= 0 && y != x {
					*patient = y
				}
			}
			if *agent < 0 {
				*agent = x
			}
		default:
			return end
		}
		end, k = int(n.B), int(n.B)+1
	}
	return end
}

// governor returns the verb candidate whose group ends right before token
// a, the start of a noun phrase, or one preposition before it: "filed
// for", "entered into".
func (f *finder) governor(a, first int, verbs []cand) (cand, bool) {
	t := f.d.Tokens
	k := a - 1
	if k >= first && (t[k].Tag == "IN" || t[k].Tag == "TO") {
		k--
	}
	for _, v := range verbs {
		if v.g.Last == k {
			return v, true
		}
	}
	return cand{}, false
}
