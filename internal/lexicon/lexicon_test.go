package lexicon

import (
	"strings"
	"testing"
)

func TestCues(t *testing.T) {
	cl, bad := parseCues(lines("data/cues.txt"))
	if len(bad) > 0 {
		t.Errorf("data/cues.txt: unreadable lines %q", bad)
	}
	first := map[string]bool{}
	for _, c := range cl.Cues {
		first[strings.Join(c.Forms[0], " ")] = true
	}
	// The no-event trait names a cue by its first form, its lemma.
	for _, w := range cl.Traits[noEventTrait] {
		if !first[w] {
			t.Errorf("data/cues.txt: no-event given to %q, which is no cue's first form", w)
		}
	}
	_, bad = parseCues([]string{"shout: yell", "+loud: yell", "say", "say: "})
	if len(bad) != 4 {
		t.Errorf("parseCues of four bad lines reported %q", bad)
	}
}

func TestStanceNoEvent(t *testing.T) {
	sl := Stances()
	if len(sl.noEvent) == 0 {
		t.Fatal("data/stance.txt: no +no-event line")
	}
	for _, w := range sl.noEvent {
		if sl.Verb[w] == "" {
			t.Errorf("data/stance.txt: no-event verb %q is no stance verb", w)
		}
	}
	if sl.Action["veto"] != "oppose" || sl.Verb["favour"] != "support" || sl.Noun["objection"] != "oppose" {
		t.Error("data/stance.txt: veto, favour, objection are not as listed")
	}
	if sl.Patient["join_lawsuit"] != "oppose" || !sl.StancePatient["voice"] || sl.StancePatient["sue"] {
		t.Error("data/stance.txt: join_lawsuit, voice, sue are not as listed")
	}
}

func TestStanceKinds(t *testing.T) {
	sl := Stances()
	if sl.Adjective["critical"] != "oppose" || sl.Adjective["supportive"] != "support" || sl.Adjective["said"] != "" {
		t.Error("data/stance.txt: the adjectives critical, supportive are not as listed")
	}
	if sl.Role["allies"] != "support" || sl.Role["critic"] != "oppose" || sl.Role["mayor"] != "" {
		t.Error("data/stance.txt: the roles allies, critic are not as listed")
	}
	for _, c := range []struct {
		set  map[string]bool
		in   string
		out  string
		kind string
	}{
		{sl.Chooses, "nominate", "elect", "chooses"},
		{sl.Gains, "win", "lose", "gains"},
		{sl.NamesTarget, "call", "say", "names-target"},
		{sl.Negator, "never", "always", "negator"},
		{sl.NoTarget, "them", "council", "no-target"},
	} {
		if !c.set[c.in] || c.set[c.out] {
			t.Errorf("data/stance.txt: +%s should hold %q and not %q", c.kind, c.in, c.out)
		}
	}
}

func TestNoEvent(t *testing.T) {
	// Reporting verbs (cues), stance verbs, verbs of state, and the forms
	// of a cue's other spellings and phrases.
	for _, w := range []string{"say", "tell", "believe", "emphasise", "criticise", "point", "accord", "oppose", "favour", "be", "reckon", "concede"} {
		if !NoEvent(w) {
			t.Errorf("NoEvent(%q) = false, want true", w)
		}
	}
	// Cues and stance verbs that are also events.
	for _, w := range []string{"announce", "deny", "attack", "reject", "veto", "resign", "said"} {
		if NoEvent(w) {
			t.Errorf("NoEvent(%q) = true, want false", w)
		}
	}
}

func TestTime(t *testing.T) {
	cases := []struct {
		w    string
		want TimeKind
	}{
		{"June", Month}, {"sept", MonthAbbr}, {"Friday", Weekday}, {"tomorrow", Day},
		{"month", Unit | Duration}, {"earlier", Relative}, {"GMT", Clock}, {"winter", Season},
		{"minister", 0},
	}
	for _, c := range cases {
		if got := Time(c.w); got != c.want {
			t.Errorf("Time(%q) = %b, want %b", c.w, got, c.want)
		}
	}
	names := TimeNames(Month | Clock)
	for _, w := range []string{"June", "September", "GMT", "AM"} {
		if !names[w] {
			t.Errorf("TimeNames(Month|Clock) lacks %q", w)
		}
	}
	if names["june"] || names["Gmt"] || names["Friday"] {
		t.Errorf("TimeNames(Month|Clock) has words of other kinds or cases")
	}
	if w := TimeWords(Lead); !w["last"] || w["earlier"] || w["june"] {
		t.Errorf("TimeWords(Lead) = %v", w)
	}
}

func TestAbbreviations(t *testing.T) {
	for _, w := range []string{"Mr", "Calif", "Sept", "vs"} {
		if !IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"mr", "Senior", "US"} {
		if IsAbbreviation(w) {
			t.Errorf("IsAbbreviation(%q) = true, want false", w)
		}
	}
}

func TestVerbLemma(t *testing.T) {
	for _, c := range [][2]string{{"opposes", "oppose"}, {"slammed", "slam"}, {"welcoming", "welcome"}, {"fought", "fight"}, {"Favoured", "favour"}, {"back", "back"}} {
		if got := VerbLemma(c[0]); got != c[1] {
			t.Errorf("VerbLemma(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestTraitFiles: every line of the files of words and their traits
// gives at least one trait, and only traits the loader knows.
func TestTraitFiles(t *testing.T) {
	_, heads := traitFile("data/heads.txt", headNames)
	_, clause := traitFile("data/clause.txt", clauseNames)
	for file, bad := range map[string][]string{"data/heads.txt": heads, "data/clause.txt": clause} {
		for _, l := range bad {
			t.Errorf("%s: line %q gives no trait or an unknown one", file, l)
		}
	}
	if _, bad := traitFile("data/heads.txt", map[string]Head{"role": Role}); len(bad) == 0 {
		t.Error("traitFile took data/heads.txt with only the trait role known")
	}
}

func TestHeads(t *testing.T) {
	role, org, company := HeadWords(Role), HeadWords(Org), HeadWords(Company)
	if !role["mayor"] || role["company"] || !org["company"] || !company["carmaker"] || company["mayor"] {
		t.Error("data/heads.txt: mayor, company, carmaker do not have the traits listed")
	}
}

func TestClauseWords(t *testing.T) {
	leading, whenWhy, ends := ClauseWords(Leading), ClauseWords(WhenWhy), ClauseWords(EndsTarget)
	if !leading["although"] || !leading["whether"] || leading["despite"] {
		t.Error("data/clause.txt: although, whether, despite do not have the trait leading as listed")
	}
	if !whenWhy["after"] || whenWhy["although"] || !ends["despite"] || ends["whether"] {
		t.Error("data/clause.txt: after, although, despite, whether do not have the traits listed")
	}
}
