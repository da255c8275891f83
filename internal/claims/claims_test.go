package claims

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/extract-news/extract/internal/actors"
	"github.com/extract-news/extract/internal/events"
	"github.com/extract-news/extract/internal/lexicon"
	"github.com/extract-news/extract/internal/nlp"
	"github.com/extract-news/extract/internal/nlp/nlptest"
	"github.com/extract-news/extract/internal/record"
	"github.com/extract-news/extract/internal/record/recordtest"
	"github.com/extract-news/extract/internal/syntax"
)

// want is one expected claim: its kind, text, cue and the name of its
// speaker's actor ("" for a null speaker). A speaker of "*" is not checked.
type want struct {
	kind, text, cue, speaker string
}

// find runs the analysers on text and checks the record they make against
// the contract.
func find(t *testing.T, text string) ([]record.Claim, []record.Actor) {
	t.Helper()
	claims, acts, _ := findWith(t, text, Options{})
	return claims, acts
}

// findWith is find with options: the claims, the actors and the learned
// reader's candidates.
func findWith(t *testing.T, text string, o Options) ([]record.Claim, []record.Actor, []Candidate) {
	t.Helper()
	input := []byte(text)
	d, err := nlp.Parse(input)
	if err != nil {
		t.Fatalf("nlp.Parse: %v", err)
	}
	r := record.New("test.txt")
	r.Stats.Bytes = len(input)
	r.Actors = actors.Find(syntax.Parse(d, events.Words()))
	found := FindWith(syntax.Parse(d, events.Words()), actors.NewResolver(d, r.Actors), o)
	r.Claims = found.Claims
	r.Actors = append(actors.Linked(r.Actors, found.Mentions), found.Sources...)
	recordtest.Check(t, r, input)
	return r.Claims, r.Actors, found.Candidates
}

func speakerName(c record.Claim, acts []record.Actor) string {
	if c.Speaker == nil {
		return ""
	}
	for _, a := range acts {
		if a.ID == *c.Speaker {
			return a.Name
		}
	}
	return "?" + *c.Speaker
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{
			"straight quote, speaker after",
			"Budget talks stall\n\n\"We will not accept these cuts,\" Maria Delgado said on Tuesday.\n",
			[]want{{record.Direct, "We will not accept these cuts,", "said", "Maria Delgado"}},
		},
		{
			"curly quote, inverted cue",
			"“The bridge is safe,” said Tomas Berglund, the city engineer.\n",
			[]want{{record.Direct, "The bridge is safe,", "said", "Tomas Berglund"}},
		},
		{
			"split by its attribution",
			"Mayor Denise Whitcombe spoke at noon. \"We will fight,\" she said, \"and we will win.\"\n",
			[]want{
				{record.Direct, "We will fight,", "said", "Denise Whitcombe"},
				{record.Direct, "and we will win.", "said", "Denise Whitcombe"},
			},
		},
		{
			"several sentences, one claim",
			"\"The mill is tired. The looms are tired. It is time to shut it,\" said Harold Finch.\n",
			[]want{{record.Direct, "The mill is tired. The looms are tired. It is time to shut it,", "said", "Harold Finch"}},
		},
		{
			"over two paragraphs",
			"Council member Tomas Reyes was blunt. \"I have never seen a project managed this badly.\n\n\"Residents now drive forty minutes to work,\" Reyes said.\n",
			[]want{
				{record.Direct, "I have never seen a project managed this badly.", "said", "Tomas Reyes"},
				{record.Direct, "Residents now drive forty minutes to work,", "said", "Tomas Reyes"},
			},
		},
		{
			"a verb of manner attributes a quotation, and the one after it",
			"Ivo Marsh spoke at noon.\n\n\u201cIt was a bad bill,\u201d Marsh fumed on Tuesday. \u201cThat would have been a sign of good faith.\u201d\n",
			[]want{
				{record.Direct, "It was a bad bill,", "fumed", "Ivo Marsh"},
				{record.Direct, "That would have been a sign of good faith.", "fumed", "Ivo Marsh"},
			},
		},
		{
			"a speech act of the lexicon's newer cues: mocked, railed against",
			"Senator Lena Vask mocked the transit plan on Monday. Mayor Olu Banner railed against the new parking fees.\n",
			[]want{
				{record.Indirect, "the transit plan on Monday", "mocked", "Lena Vask"},
				{record.Indirect, "the new parking fees", "railed against", "Olu Banner"},
			},
		},
		{
			"negated: a speech act of the negated trait keeps its content, another cue none",
			"Governor Ada Pruitt did not mention the harbor deficit. Pruitt did not say the port would close.\n",
			[]want{{record.Indirect, "the harbor deficit", "mention", "Ada Pruitt"}},
		},
		{
			"a document's finding whose head noun is not right before the cue",
			"Budget fight\n\nA poll by the Harbor Institute in March found Mayor Ines Tolle with a narrow lead among likely voters.\n",
			[]want{{record.Indirect, "Mayor Ines Tolle with a narrow lead among likely voters", "found", "Harbor Institute"}},
		},
		{
			"a cue noun with its agent after from",
			"Budget fight\n\nThe plan drew criticism from Councilor Ada Moss that the ferry schedule ignores night workers.\n",
			[]want{{record.Indirect, "the ferry schedule ignores night workers", "criticism", "Ada Moss"}},
		},
		{
			"a cue's object ends where its subject goes on",
			"Mayor Tom Baxter claimed the right to self-defense and was cleared of the charges a year later.\n",
			[]want{{record.Indirect, "the right to self-defense", "claimed", "Tom Baxter"}},
		},
		{
			"a cue's object ends before a clause of the writer's",
			"When the council asked, Councilwoman Jill Park said yes, over and over, until the hall emptied.\n",
			[]want{{record.Indirect, "yes, over and over", "said", "Jill Park"}},
		},
		{
			"a cue's object ends before a clause of its own",
			"Governor Ana Ruiz has said her whole piece on the matter, she is ready to move on.\n",
			[]want{{record.Indirect, "her whole piece on the matter", "said", "Ana Ruiz"}},
		},
		{
			"a speech act's phrase goes on past the commas of a list",
			"Senator Rosa Iglesias attacked voters, lawmakers and scholars for opposing the levy.\n",
			[]want{{record.Indirect, "voters, lawmakers and scholars for opposing the levy", "attacked", "Rosa Iglesias"}},
		},
		{
			"a speech act's phrase ends at a comma before a clause",
			"Mayor Tom Baxter called for calm, and the crowd left the square.\n",
			[]want{{record.Indirect, "calm", "called for", "Tom Baxter"}},
		},
		{
			"a clause goes on after and: its subject is the content's",
			"Dalia Varga said the bridge was unsafe and would close in May.\n",
			[]want{{record.Indirect, "the bridge was unsafe and would close in May", "said", "Dalia Varga"}},
		},
		{
			"a request's content keeps its negation",
			"Governor Tom Baxter told reporters never to trust the polls.\n",
			[]want{{record.Indirect, "never to trust the polls", "told", "Tom Baxter"}},
		},
		{
			"talked about: a speech act about a noun phrase",
			"Mayor Denise Whitcombe talked about the flood barrier at the town hall.\n",
			[]want{{record.Indirect, "the flood barrier", "talked about", "Denise Whitcombe"}},
		},
		{
			"colon",
			"Its lawyer, Raymond Ostrowski, said: \"Our client has been more than patient.\"\n",
			[]want{{record.Direct, "Our client has been more than patient.", "said", "Raymond Ostrowski"}},
		},
		{
			"dash",
			"Alma Fenwick voted against the bill.\n\n“We have nothing left to give.” — Senator Alma Fenwick\n",
			[]want{{record.Direct, "We have nothing left to give.", "—", "Alma Fenwick"}},
		},
		{
			"nested quotes",
			"\"They called it 'a disgrace' and walked out,\" Priya Raman said.\n",
			[]want{{record.Direct, "They called it 'a disgrace' and walked out,", "said", "Priya Raman"}},
		},
		{
			"floating quote",
			"\"The water is clean,\" Gregor Lund said.\n\n\"We test it every day.\"\n",
			[]want{
				{record.Direct, "The water is clean,", "said", "Gregor Lund"},
				{record.Direct, "We test it every day.", "said", "Gregor Lund"},
			},
		},
		{
			"told reporters",
			"\"We would rather build a bridge,\" Raymond Ostrowski told reporters outside the court.\n",
			[]want{{record.Direct, "We would rather build a bridge,", "told", "Raymond Ostrowski"}},
		},
		{
			"apposition",
			"\"The numbers do not add up,\" Helen Marsh, a doctor at the clinic, said.\n",
			[]want{{record.Direct, "The numbers do not add up,", "said", "Helen Marsh"}},
		},
		{
			"said in a statement",
			"Corvanta Therapeutics said in a statement that its trial would resume in June.\n",
			[]want{{record.Indirect, "its trial would resume in June", "said", "Corvanta Therapeutics"}},
		},
		{
			"pronoun speaker",
			"Victor Alvarez spoke to the board on Monday. He said the merger would create jobs.\n",
			[]want{{record.Indirect, "the merger would create jobs", "said", "Victor Alvarez"}},
		},
		{
			"anonymous speaker",
			"\"The talks are over,\" a senior ministry official said.\n",
			[]want{{record.Direct, "The talks are over,", "said", "*"}},
		},
		{
			"no speaker",
			"The meeting ended early.\n\n\"Nobody expected that.\"\n",
			[]want{{record.Direct, "Nobody expected that.", "", ""}},
		},
		{
			"indirect with that",
			"Rachel Lindgren warned that the river could flood again this spring.\n",
			[]want{{record.Indirect, "the river could flood again this spring", "warned", "Rachel Lindgren"}},
		},
		{
			"indirect without that",
			"The mayor, Denise Whitcombe, said the bridge would reopen in May.\n",
			[]want{{record.Indirect, "the bridge would reopen in May", "said", "Denise Whitcombe"}},
		},
		{
			"told a hearer that",
			"Nadia Okafor told the committee that the budget was balanced.\n",
			[]want{{record.Indirect, "the budget was balanced", "told", "Nadia Okafor"}},
		},
		{
			"believes",
			"Arjun Mehta believes that the market will recover by autumn.\n",
			[]want{{record.Indirect, "the market will recover by autumn", "believes", "Arjun Mehta"}},
		},
		{
			"according to, first",
			"According to Felix Brandt, the factory will close next year.\n",
			[]want{{record.Indirect, "the factory will close next year", "According to", "Felix Brandt"}},
		},
		{
			"according to, last",
			"The factory will close next year, according to Felix Brandt.\n",
			[]want{{record.Indirect, "The factory will close next year", "according to", "Felix Brandt"}},
		},
		{
			"clause then speaker",
			"The strike will end on Friday, Olga Petrova said.\n",
			[]want{{record.Indirect, "The strike will end on Friday", "said", "Olga Petrova"}},
		},
		{
			"two clauses",
			"Olga Petrova said that the strike was over, and that workers would return on Monday.\n",
			[]want{
				{record.Indirect, "the strike was over", "said", "Olga Petrova"},
				{record.Indirect, "workers would return on Monday", "said", "Olga Petrova"},
			},
		},
		{
			"speech act with a noun phrase",
			"Senator Alma Fenwick called for an independent review of the contract.\n",
			[]want{{record.Indirect, "an independent review of the contract", "called for", "Alma Fenwick"}},
		},
		{
			"endorsed: a stance on a noun phrase",
			"Senator Alma Fenwick endorsed the governor's bid for a second term on Sunday.\n",
			[]want{{record.Indirect, "the governor's bid for a second term on Sunday", "endorsed", "Alma Fenwick"}},
		},
		{
			"continue: a quotation's cue only",
			"Olga Petrova may continue her campaign, her aides said on Monday.\n",
			[]want{{record.Indirect, "Olga Petrova may continue her campaign", "said", "*"}},
		},
		{
			"reported by: the subject is the content",
			"The hospital's funding gap was first reported by Tomas Reyes.\n",
			[]want{{record.Indirect, "The hospital's funding gap", "reported by", "Tomas Reyes"}},
		},
		{
			"passive is no attribution",
			"The engineers were denied visas to attend the conference.\n",
			nil,
		},
		{
			"partial with calling",
			"Lawmakers criticised the deal, with Senator Alma Fenwick calling it an \"egregious breach\" of trust.\n",
			[]want{
				{record.Indirect, "the deal", "criticised", "Lawmakers"},
				{record.Indirect, "it an \"egregious breach\" of trust", "calling", "Alma Fenwick"},
				{record.Partial, "egregious breach", "calling", "Alma Fenwick"},
			},
		},
		{
			"called it and called for",
			"Olga Petrova called the court's decision \"a disgrace\" and called for an urgent appeal.\n",
			[]want{
				{record.Indirect, "the court's decision \"a disgrace\"", "called", "Olga Petrova"},
				{record.Partial, "a disgrace", "called", "Olga Petrova"},
				{record.Indirect, "an urgent appeal", "called for", "Olga Petrova"},
			},
		},
		{
			"scare quotes",
			"The so-called \"reform\" of the office moved oversight to a smaller team.\n",
			nil,
		},
		{
			"unbalanced mark",
			"Gregor Lund called the plan \"reckless. It was adopted anyway.\n\nThe council met again in May. Its members voted to delay the project.\n",
			[]want{{record.Partial, "reckless.", "called", "Gregor Lund"}},
		},
		{
			"headline",
			"Mayor vows 'no more delays' as repairs stall\n\nRepairs to the bridge stalled again on Monday.\n",
			nil,
		},
		{
			"attributed headline",
			"Whitcombe: 'We will finish the bridge'\n\nMayor Denise Whitcombe spoke on Monday.\n",
			[]want{{record.Direct, "We will finish the bridge", ":", "Denise Whitcombe"}},
		},
		{
			"wants to",
			"Senator Alma Fenwick wants to double the size of the training program.\n",
			[]want{{record.Indirect, "to double the size of the training program", "wants", "Alma Fenwick"}},
		},
		{
			"pledged to",
			"Olga Petrova pledged to reopen the plant by June.\n",
			[]want{{record.Indirect, "to reopen the plant by June", "pledged", "Olga Petrova"}},
		},
		{
			"an intention needs an actor",
			"The storm threatens to flood the lower valley.\n",
			nil,
		},
		{
			"wants a noun phrase: no claim",
			"Olga Petrova wants a new contract for the miners.\n",
			nil,
		},
		{
			"attribution in the middle",
			"Though the first merger went smoothly, Olga Petrova said, a second one would take years.\n",
			[]want{
				{record.Indirect, "Though the first merger went smoothly", "said", "Olga Petrova"},
				{record.Indirect, "a second one would take years", "said", "Olga Petrova"},
			},
		},
		{
			"quotation that the sentence goes on from",
			"\"The only way the banks will change is prison\" for their chiefs, Alma Fenwick said.\n",
			[]want{{record.Partial, "The only way the banks will change is prison", "said", "Alma Fenwick"}},
		},
		{
			"a concession is the writer's",
			"Olga Petrova said the test was the largest yet, although its yield remains unknown.\n",
			[]want{{record.Indirect, "the test was the largest yet", "said", "Olga Petrova"}},
		},
		{
			"a second attribution ends the clause",
			"Gregor Lund stressed that the repairs were unfinished, and tenant rights groups warned that the deal was premature.\n",
			[]want{
				{record.Indirect, "the repairs were unfinished", "stressed", "Gregor Lund"},
				{record.Indirect, "the deal was premature", "warned", "*"}, // "tenant rights groups": an anonymous source
			},
		},
		{
			"a party and state in parentheses",
			"Lawmakers met on Monday.\n\n\"We cannot allow this,\" Rep. Tomas Reyes (R-Fla.) said. \"It is a disgrace.\"\n\nSen. Alma Fenwick (D-Mont.) said the bank was too big to manage.\n",
			[]want{
				{record.Direct, "We cannot allow this,", "said", "Tomas Reyes"},
				{record.Direct, "It is a disgrace.", "said", "Tomas Reyes"},
				{record.Indirect, "the bank was too big to manage", "said", "Alma Fenwick"},
			},
		},
		{
			"a fragment inside a reported clause is a partial claim as well",
			"Tomas Berglund said the merger was \"a disaster\" for the town. He called it \"reckless.\"\n",
			[]want{
				{record.Indirect, "the merger was \"a disaster\" for the town", "said", "Tomas Berglund"},
				{record.Partial, "a disaster", "said", "Tomas Berglund"},
				{record.Partial, "reckless.", "called", "Tomas Berglund"},
			},
		},
		{
			"a relative clause's speaker is the phrase it follows",
			"The council approved the plan on Monday. It was welcomed by Tomas Berglund, who said the town would gain 300 jobs.\n",
			[]want{{record.Indirect, "the town would gain 300 jobs", "said", "Tomas Berglund"}},
		},
		{
			"a cue noun with a possessor and a that-clause",
			"Harbor bridge repairs stall\n\nEngineers checked Maria Delgado's claim that the repairs would end in May.\n",
			[]want{{record.Indirect, "the repairs would end in May", "claim", "Maria Delgado"}},
		},
		{
			"a cue noun with its agent after by",
			"Harbor bridge repairs stall\n\nOfficials ignored the warning by Tomas Berglund that the bridge could close.\n",
			[]want{{record.Indirect, "the bridge could close", "warning", "Tomas Berglund"}},
		},
		{
			"a cue adjective after be",
			"Harbor bridge repairs stall\n\nMaria Delgado is confident that the bridge will reopen by May.\n",
			[]want{{record.Indirect, "the bridge will reopen by May", "confident", "Maria Delgado"}},
		},
		{
			"a reported question",
			"Harbor bridge repairs stall\n\nMaria Delgado asked whether the contractor had been paid. Tomas Berglund explained why the work had stopped.\n",
			[]want{
				{record.Indirect, "whether the contractor had been paid", "asked", "Maria Delgado"},
				{record.Indirect, "why the work had stopped", "explained", "Tomas Berglund"},
			},
		},
		{
			"a cue after and shares the subject of the verb before",
			"Harbor bridge repairs stall\n\nMaria Delgado visited the site on Monday and said the repairs would end in May.\n",
			[]want{{record.Indirect, "the repairs would end in May", "said", "Maria Delgado"}},
		},
		{
			"a reported clause whose verb reads as a plural noun",
			"Harbor bridge repairs stall\n\nBut Maria Delgado says Mr. Berglund's early lead masks doubts about turnout among young renters.\n",
			[]want{{record.Indirect, "Mr. Berglund's early lead masks doubts about turnout among young renters", "says", "Maria Delgado"}},
		},
		{
			"a person in apposition to a role wins over the possessor",
			"Harbor bridge repairs stall\n\nBelknap Civil Works sued the city. Its lawyer, Raymond Ostrowski, said the city owed money.\n",
			[]want{{record.Indirect, "the city owed money", "said", "Raymond Ostrowski"}},
		},
		{
			"the mayor: a title",
			"Mayor Denise Whitcombe opened the bridge on Monday.\n\nThe mayor said the repairs had cost less than planned.\n",
			[]want{{record.Indirect, "the repairs had cost less than planned", "said", "Denise Whitcombe"}},
		},
		{
			"said the senator",
			"Senator Alma Fenwick left the chamber early. \"We are done here,\" said the senator.\n",
			[]want{{record.Direct, "We are done here,", "said", "Alma Fenwick"}},
		},
		{
			"the bank: the organisation named",
			"Harwick Bank cut 200 jobs in Leeds on Tuesday. The bank said the cuts would save money.\n",
			[]want{{record.Indirect, "the cuts would save money", "said", "Harwick Bank"}},
		},
		{
			"a question whose attribution the splitter cut off",
			"Harbor bridge repairs stall\n\n“We will finish in May,” Maria Delgado said.\n\n“Why should anyone believe that?” Tomas Berglund asked.\n",
			[]want{
				{record.Direct, "We will finish in May,", "said", "Maria Delgado"},
				{record.Direct, "Why should anyone believe that?", "asked", "Tomas Berglund"},
			},
		},
		{
			"a participle after an object takes the clause's subject",
			"Harbor bridge repairs stall\n\nMaria Delgado sent a series of messages on Friday saying that the repairs would end in May.\n",
			[]want{{record.Indirect, "the repairs would end in May", "saying", "Maria Delgado"}},
		},
		{
			"a participle after an object pronoun takes the clause's subject",
			"Harbor bridge repairs stall\n\nTomas Berglund met the mayor. Maria Delgado later sent a letter to him praising his patience during the talks.\n",
			[]want{{record.Indirect, "his patience", "praising", "Maria Delgado"}},
		},
		{
			"by saying: the clause's subject",
			"Harbor bridge repairs stall\n\nTomas Berglund spoke first. Maria Delgado answered him by saying, “The bridge will open in May.”\n",
			[]want{{record.Direct, "The bridge will open in May.", "saying", "Maria Delgado"}},
		},
		{
			"while promising: the clause's subject, not the object",
			"Harbor bridge repairs stall\n\nMaria Delgado visited the council's site while promising that the repairs would end in May.\n",
			[]want{{record.Indirect, "the repairs would end in May", "promising", "Maria Delgado"}},
		},
		{
			"a fragment inside a nested report is the outer speaker's",
			"Harbor bridge repairs stall\n\nMaria Delgado said Harwick Bank had cut the jobs because it believed the market was “in freefall” that week.\n",
			[]want{
				{record.Indirect, "Harwick Bank had cut the jobs because it believed the market was “in freefall” that week", "said", "Maria Delgado"},
				{record.Indirect, "the market was “in freefall” that week", "believed", "Harwick Bank"},
				{record.Partial, "in freefall", "said", "Maria Delgado"},
			},
		},
		{
			"a fragment after ', and' is the nearer speaker's",
			"Harbor bridge repairs stall\n\nMaria Delgado said the jobs were safe, and Harwick Bank called the cuts “a pause.”\n",
			[]want{
				{record.Indirect, "the jobs were safe", "said", "Maria Delgado"},
				{record.Partial, "a pause.", "called", "Harwick Bank"},
			},
		},
		{
			"a quotation after a colon closing a reported clause",
			"Harbor bridge repairs stall\n\nTomas Berglund spoke first.\n\nMaria Delgado said she believed the delays were planned by her rivals: “They want the project to fail.”\n",
			[]want{
				{record.Indirect, "she believed the delays were planned by her rivals", "said", "Maria Delgado"},
				{record.Indirect, "the delays were planned by her rivals", "believed", "Maria Delgado"},
				{record.Direct, "They want the project to fail.", "said", "Maria Delgado"},
			},
		},
		{
			"a reported clause after a dateline; the council an unnamed source",
			"Harborton sets bridge budget\n\nHARBORTON, March 12 - The city will spend 4 million dollars on the bridge this year, the council said on Tuesday.\n",
			[]want{{record.Indirect, "The city will spend 4 million dollars on the bridge this year", "said", "council"}},
		},
		{
			"a cue read as a plural noun after a name",
			"Harbor bridge repairs stall\n\nMaria Delgado charges that the contractor was paid twice.\n",
			[]want{{record.Indirect, "the contractor was paid twice", "charges", "Maria Delgado"}},
		},
		{
			"a participle after a comma and an adverb",
			"Harbor bridge repairs stall\n\nMaria Delgado left the meeting early on Monday, even suggesting the contractor had lied.\n",
			[]want{{record.Indirect, "the contractor had lied", "suggesting", "Maria Delgado"}},
		},
		{
			"said X (party-state), an apposition",
			"Harbor bridge repairs stall\n\n“We were never told,” said Rep. Maria Delgado (D-Ore.), a member of the panel.\n",
			[]want{{record.Direct, "We were never told,", "said", "Maria Delgado"}},
		},
		{
			"said and did: nothing reported",
			"Harbor bridge repairs stall\n\nMaria Delgado said and did the same things as the mayor.\n",
			nil,
		},
		{
			"who in 2010 said",
			"Harbor bridge repairs stall\n\nThe plan was drawn up by Maria Delgado, now the mayor, who in 2010 said the bridge would never be rebuilt.\n",
			[]want{{record.Indirect, "the bridge would never be rebuilt", "said", "Maria Delgado"}},
		},
		{
			"the nominee: two people, no title, so an unnamed source",
			"Maria Delgado met Tomas Berglund on Friday. The nominee said the race was close.\n",
			[]want{{record.Indirect, "the race was close", "said", "nominee"}},
		},
		{
			"byline labels: a person, then an outlet",
			"Who won the debate?\n\nWalter P. Quill, The Wall Street Journal: \"It seemed calm for an hour.\"\n\nMaraHill,Politico: \"Wednesday was a big night.\"\n",
			[]want{
				{record.Direct, "It seemed calm for an hour.", ":", "Walter P. Quill"},
				{record.Direct, "Wednesday was a big night.", ":", ""},
			},
		},
		{
			"attribution inside the clause: both pieces",
			"Harbor bridge repairs stall\n\nThe mayor's record on bridges, Tomas Berglund said, may cost her the election.\n",
			[]want{
				{record.Indirect, "The mayor's record on bridges", "said", "Tomas Berglund"},
				{record.Indirect, "may cost her the election", "said", "Tomas Berglund"},
			},
		},
		{
			"a document's finding after the clause",
			"Harbor bridge repairs stall\n\nThe city spent $4 million on the bridge last year, council records show.\n",
			[]want{{record.Indirect, "The city spent $4 million on the bridge last year", "show", ""}},
		},
		{
			"a title in quotation marks is no claim",
			"Harbor bridge repairs stall\n\nMaria Delgado said on \"Harbor Morning Live\" that the bridge would reopen.\n\nTomas Berglund said so on \"Harbor Tonight.\"\n",
			[]want{{record.Indirect, "the bridge would reopen", "said", "Maria Delgado"}},
		},
		{
			"a subject set off by a comma and a word",
			"Harbor bridge repairs stall\n\nFormer city engineers, though, say the bridge was never safe.\n",
			[]want{{record.Indirect, "the bridge was never safe", "say", "*"}},
		},
		{
			"a source familiar with the matter, after the clause",
			"Harbor bridge repairs stall\n\nThe mayor will resign next week, a council aide familiar with the talks said Sunday.\n",
			[]want{{record.Indirect, "The mayor will resign next week", "said", "*"}},
		},
		{
			"a phrase naming nobody, then an apposition",
			"Harbor bridge repairs stall\n\nThe first ad, launched Wednesday, argued the mayor could not be trusted.\n",
			[]want{{record.Indirect, "the mayor could not be trusted", "argued", ""}},
		},
		{
			"attribution inside the clause, a verbless tail",
			"Harbor bridge repairs stall\n\nShe was happy to work the phones, Maria Delgado said, but only for local candidates.\n",
			[]want{
				{record.Indirect, "She was happy to work the phones", "said", "Maria Delgado"},
				{record.Indirect, "but only for local candidates", "said", "Maria Delgado"},
			},
		},
		{
			"a short object of a speech act",
			"Harbor bridge repairs stall\n\nMaria Delgado has denied the charge.\n",
			[]want{{record.Indirect, "the charge", "denied", "Maria Delgado"}},
		},
		{
			"a question put by somebody unnamed",
			"Harbor bridge repairs stall\n\nWhen asked whether the bridge was safe, Maria Delgado said it was sound.\n\nAsked about the delays, Tomas Berglund said, \"We are on schedule.\"\n",
			[]want{
				{record.Indirect, "whether the bridge was safe", "asked", ""},
				{record.Indirect, "it was sound", "said", "Maria Delgado"},
				{record.Indirect, "the delays", "Asked", ""},
				{record.Direct, "We are on schedule.", "said", "Tomas Berglund"},
			},
		},
		{
			"a question put after a time or place, or by a named asker",
			"Harbor bridge repairs stall\n\nAsked during a debate why the port closed, Maria Delgado said the lease had ended.\n\nAsked by Tomas Berglund whether the ferry would run, Delgado said it would.\n",
			[]want{
				{record.Indirect, "why the port closed", "Asked", ""},
				{record.Indirect, "the lease had ended", "said", "Maria Delgado"},
				{record.Indirect, "whether the ferry would run", "Asked", "Tomas Berglund"},
				{record.Indirect, "it would", "said", "Maria Delgado"},
			},
		},
		{
			"what polls and documents show",
			"Harbor bridge repairs stall\n\nPublic polling shows that voters want the bridge rebuilt.\n\nThe poll shows Maria Delgado with 42 percent support.\n\nEmails show how the contract was awarded.\n",
			[]want{
				{record.Indirect, "voters want the bridge rebuilt", "shows", ""},
				{record.Indirect, "Maria Delgado with 42 percent support", "shows", ""},
				{record.Indirect, "how the contract was awarded", "show", ""},
			},
		},
		{
			"described as, compared to: no quotation needed",
			"Harbor bridge repairs stall\n\nMaria Delgado described the delay as a scandal.\n\nTomas Berglund praised the plan, comparing it favorably to the old one.\n",
			[]want{
				{record.Indirect, "the delay as a scandal", "described", "Maria Delgado"},
				{record.Indirect, "the plan", "praised", "Tomas Berglund"},
				{record.Indirect, "it favorably to the old one", "comparing", "Tomas Berglund"},
			},
		},
		{
			"called X a Y: no quotation needed",
			"Harbor bridge repairs stall\n\nMaria Delgado called the delay a disgrace.\n",
			[]want{{record.Indirect, "the delay a disgrace", "called", "Maria Delgado"}},
		},
		{
			"an opening participle's clause ends at its comma",
			"Harbor bridge repairs stall\n\nMaria Delgado spoke on Monday.\n\nDescribing the delay as a scandal, Delgado demanded an inquiry into the contract.\n",
			[]want{
				{record.Indirect, "the delay as a scandal", "Describing", "Maria Delgado"},
				{record.Indirect, "an inquiry into the contract", "demanded", "Maria Delgado"},
			},
		},
		{
			"what is acknowledged may be a noun phrase",
			"Harbor bridge repairs stall\n\nMaria Delgado acknowledged a close relationship with the contractor.\n",
			[]want{{record.Indirect, "a close relationship with the contractor", "acknowledged", "Maria Delgado"}},
		},
		{
			"an intention after an adverb, or with a cue read as a noun",
			"Harbor bridge repairs stall\n\nThe Harbor City Council plans to publicly release the contract on Friday.\n",
			[]want{{record.Indirect, "to publicly release the contract on Friday", "plans", "*"}},
		},
		{
			"a headline that names its speaker with a colon",
			"Delgado: Harbor Bridge Will 'Never' Reopen\n\nMayor Maria Delgado spoke on Monday.\n",
			[]want{{record.Direct, "Harbor Bridge Will 'Never' Reopen", ":", "Maria Delgado"}},
		},
		{
			"a handle after a label is no claim",
			"Harbor bridge repairs stall\n\nMaria Delgado said the bridge was safe.\n\nTwitter: @mdelgado.\n",
			[]want{{record.Indirect, "the bridge was safe", "said", "Maria Delgado"}},
		},
		{
			"added a number is arithmetic",
			"Harbor bridge repairs stall\n\nThe city added 1,200 jobs last year.\n",
			nil,
		},
		{
			"a middle initial in the speaker's name, after the quotation",
			"Jobs report\n\n\"The harbor economy is strong,\" Bank Governor Miriam T. Okafor said last month.\n",
			[]want{{record.Direct, "The harbor economy is strong,", "said", "Miriam T. Okafor"}},
		},
		{
			"asked someone to do something: a request",
			"Harbor bridge repairs stall\n\nMaria Delgado asked residents to avoid the bridge on Friday.\n",
			[]want{{record.Indirect, "residents to avoid the bridge on Friday", "asked", "Maria Delgado"}},
		},
		{
			"a speaker and a cue, then the quotation",
			"Harbor bridge repairs stall\n\nMaria Delgado laughed. Her neighbour Tomas Berglund, 70, chimed in. \"I have crossed that bridge for fifty years.\"\n",
			[]want{{record.Direct, "I have crossed that bridge for fifty years.", "chimed in", "Tomas Berglund"}},
		},
		{
			"a phrase of time between the speaker and the cue",
			"Harbor bridge repairs stall\n\nMaria Delgado in recent days has suggested the bridge is unsafe.\n",
			[]want{{record.Indirect, "the bridge is unsafe", "suggested", "Maria Delgado"}},
		},
		{
			"critics of the mayor are not the mayor",
			"Harbor bridge repairs stall\n\nMayor Maria Delgado spoke on Monday.\n\nCritics of the mayor say the bridge was never safe.\n",
			[]want{{record.Indirect, "the bridge was never safe", "say", "Critics"}},
		},
		{
			"workers in a place are not the place",
			"Harbor bridge repairs stall\n\nThe repairs began in Oslo last year. Road workers in Oslo said the bridge was never safe.\n",
			[]want{{record.Indirect, "the bridge was never safe", "said", "Road workers"}},
		},
		{
			"a clause ending on a quoted fragment is still reported",
			"Harbor bridge repairs stall\n\nMaria Delgado says the collapse was an 'avoidable failure.'\n",
			[]want{
				{record.Indirect, "the collapse was an 'avoidable failure.'", "says", "Maria Delgado"},
				{record.Partial, "avoidable failure.", "says", "Maria Delgado"},
			},
		},
		{
			"a month between the speaker and the cue; claimed to",
			"Harbor bridge repairs stall\n\nMaria Delgado in June sharply criticized the contract. Tomas Berglund claimed to have seen the plans.\n",
			[]want{
				{record.Indirect, "the contract", "criticized", "Maria Delgado"},
				{record.Indirect, "to have seen the plans", "claimed", "Tomas Berglund"},
			},
		},
		{
			"an infinitive's cue: the subject of the verb that governs it",
			"Harbor bridge repairs stall\n\nMaria Delgado has yet to concede that the contract had been signed. Tomas Berglund went on to argue that the design was flawed.\n",
			[]want{
				{record.Indirect, "the contract had been signed", "concede", "Maria Delgado"},
				{record.Indirect, "the design was flawed", "argue", "Tomas Berglund"},
			},
		},
		{
			"a list of names with parentheses speaks by its first name",
			"Harbor bridge repairs stall\n\nIvo Marsh (D-Ohio), Lena Holt (R-Utah) and Dan Ruiz (D-N.J.) all suggested that the contract was void.\n",
			[]want{
				{record.Indirect, "the contract was void", "suggested", "Ivo Marsh"},
			},
		},
		{
			"a cue coordinated with the verb before it shares its subject",
			"Harbor bridge repairs stall\n\nMaria Delgado toured the site on Monday and insisted that the bridge was safe.\n",
			[]want{
				{record.Indirect, "the bridge was safe", "insisted", "Maria Delgado"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, acts := find(t, tt.text)
			if len(got) != len(tt.want) {
				var texts []string
				for _, c := range got {
					texts = append(texts, c.Kind+":"+c.Text)
				}
				t.Fatalf("Find(%q) gave %d claims %q, want %d", tt.text, len(got), texts, len(tt.want))
			}
			for i, w := range tt.want {
				c := got[i]
				if c.Kind != w.kind || c.Text != w.text || c.Cue != w.cue {
					t.Errorf("claim %d = {%s %q cue %q}, want {%s %q cue %q}", i, c.Kind, c.Text, c.Cue, w.kind, w.text, w.cue)
				}
				if s := speakerName(c, acts); w.speaker != "*" && s != w.speaker {
					t.Errorf("claim %d %q: speaker %q, want %q", i, c.Text, s, w.speaker)
				}
				if w.speaker == "*" && c.Speaker == nil {
					t.Errorf("claim %d %q: no speaker, want one", i, c.Text)
				}
			}
		})
	}
}

// TestFindIDs checks ids, order and sentence indexes.
func TestFindIDs(t *testing.T) {
	text := "Harbor bridge repairs stall\n\n\"We will fight,\" Denise Whitcombe said. The contractor said the design had changed three times.\n"
	got, _ := find(t, text)
	if len(got) != 2 {
		t.Fatalf("got %d claims, want 2", len(got))
	}
	for i, c := range got {
		if want := "c" + string(rune('1'+i)); c.ID != want {
			t.Errorf("claim %d id %s, want %s", i, c.ID, want)
		}
	}
	if got[0].Sentence != 1 || got[1].Sentence != 2 {
		t.Errorf("sentences %d, %d, want 1, 2", got[0].Sentence, got[1].Sentence)
	}
}

// TestPronounLinked checks that a pronoun speaker the actors did not link
// is added to its actor's spans, sorted, with Mentions counted.
func TestPronounLinked(t *testing.T) {
	text := "Nadia Okafor chairs the budget committee. \"We balanced it,\" she said.\n"
	got, acts := find(t, text)
	if len(got) != 1 || speakerName(got[0], acts) != "Nadia Okafor" {
		t.Fatalf("got %v, want one claim by Nadia Okafor", got)
	}
	she := strings.Index(text, "she said")
	for _, a := range acts {
		if a.Name != "Nadia Okafor" {
			continue
		}
		found := false
		for i, s := range a.Spans {
			if s[0] == she {
				found = true
			}
			if i > 0 && a.Spans[i-1][0] > s[0] {
				t.Errorf("spans not sorted: %v", a.Spans)
			}
		}
		if !found || a.Mentions != len(a.Spans) {
			t.Errorf("Nadia Okafor: spans %v, mentions %d; want the pronoun at %d among them", a.Spans, a.Mentions, she)
		}
	}
}

func TestFindEmpty(t *testing.T) {
	for _, text := range []string{"", "\n\n", "\"", "“", "”unbalanced", "'", "No quotes here at all."} {
		got, _ := find(t, text)
		if text == "" && got == nil {
			t.Errorf("Find(%q) = nil, want an empty list", text)
		}
	}
}

func TestLexicon(t *testing.T) {
	lx, bad := parseLexicon(lexicon.Cues())
	if len(bad) > 0 {
		t.Errorf("lexicon cues.txt: unreadable lines %q", bad)
	}
	seen := map[string]bool{}
	for _, forms := range lx.byFirst {
		for _, f := range forms {
			k := strings.Join(f.words, " ")
			if seen[k] {
				t.Errorf("lexicon cues.txt: %q listed twice", k)
			}
			seen[k] = true
		}
	}
	for _, w := range []string{"said", "told", "according to", "calling", "tweeted", "pointed out"} {
		if !seen[w] {
			t.Errorf("lexicon cues.txt lacks %q", w)
		}
	}
	// A trait belongs to a cue word; one that is not is a typo.
	for w := range lx.traits {
		if !seen[w] {
			t.Errorf("lexicon cues.txt: trait of %q, which is no cue", w)
		}
	}
	if !lx.has("Shows", findingTrait) || !lx.has("asked", asksTrait) || !lx.has("noted", objectTrait) || lx.has("said", objectTrait) {
		t.Error("lexicon cues.txt: traits of shows, asked, noted, said are not as listed")
	}
}

// TestActorsReadOnly checks that Find leaves the actors it is given as
// they were, and returns the pronoun it resolved as a mention to add.
func TestActorsReadOnly(t *testing.T) {
	text := "The budget was cut by Ivo Marsh, who said the town could not pay.\n"
	d := nlptest.Parse(t, text)
	acts := actors.Find(syntax.Parse(d, events.Words()))
	before := make([]record.Actor, len(acts))
	for i, a := range acts {
		before[i] = a
		before[i].Spans = slices.Clone(a.Spans)
	}
	found := Find(syntax.Parse(d, events.Words()), actors.NewResolver(d, acts))
	if !reflect.DeepEqual(acts, before) {
		t.Errorf("Find changed its actors:\n got %v\nwant %v", acts, before)
	}
	who := strings.Index(text, "who said")
	var added []string
	for a, spans := range found.Mentions {
		for _, sp := range spans {
			added = append(added, acts[a].Name+"="+text[sp[0]:sp[1]])
			if sp[0] != who {
				t.Errorf("mention %q of %s, want only the pronoun at %d", text[sp[0]:sp[1]], acts[a].Name, who)
			}
		}
	}
	if len(added) != 1 || added[0] != "Ivo Marsh=who" {
		t.Errorf("Mentions = %q, want [Ivo Marsh=who]", added)
	}
}
