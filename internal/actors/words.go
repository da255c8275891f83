package actors

// The package declares its own type lexicon (its gazetteer), hence the name.
import lex "github.com/extract-news/extract/internal/lexicon"

// Closed word lists the rules read. Open lists (places, names, titles,
// institution words) are data files in data/.

// timeWords are capitalised words that name times, never actors: months,
// weekdays, seasons, holidays, "Today", "GMT".
var timeWords = lex.TimeNames(lex.Month | lex.MonthAbbr | lex.Weekday | lex.Day | lex.Season | lex.Holiday | lex.Clock)

// nonActorHeads end names of things that are not actors: laws, events,
// programmes, products of a kind.
var nonActorHeads = set(
	"Act", "Bill", "Law", "Treaty", "Agreement", "Accord", "Accords", "Protocol", "Convention",
	"Directive", "Regulation", "Regulations", "Amendment", "Constitution", "Doctrine",
	"Olympics", "Games", "Cup", "Championship", "Championships", "Challenge", "Festival",
	"Summit", "Conference", "Award", "Awards", "Prize", "Expo", "Day", "Week", "Month", "Year",
	"War", "Program", "Programme", "Project", "Mission", "Plan", "Initiative", "Strategy",
	"Index", "Average", "Prix", "Open", "Marathon", "Tour", "Series", "Season",
	"Report", "Survey", "Study", "Storm", "Hurricane", "Typhoon", "Cyclone", "Syndrome",
	"Disease", "Virus", "Pandemic", "Crisis", "Scandal", "Trial", "Case", "Edition", "Version",
	"System", "Protection", "Phone", "Pro", "Max", "Plus", "Mini", "Explorer",
	"Windows", "Browser", "Album", "Show", "Film", "Movie", "Book", "Novel", "Song",
)

// notActors are capitalised words for faiths, doctrines and their
// adjectives, which name no actor.
var notActors = set("Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism",
	"Catholicism", "Protestantism", "Hajj", "Muslim", "Christian", "Jewish",
	"Buddhist", "Hindu", "Sikh", "Catholic", "Protestant", "Islamic", "Scientologist",
	"Republican", "Democratic", "Conservative", "Liberal", "Socialist", "Communist", "Marxist",
	"Islamist", "Jihadist", "Evangelical", "Orthodox", "Sunni", "Shia", "Shiite", "God", "Allah",
	"Satan", "Internet", "Web", "Bible", "Koran", "Quran", "English", "Nazi", "Nazis")

// genericOrgs are institution words that name no one actor when alone:
// "the Government", "the Court".
var genericOrgs = set("Government", "Court", "Council", "Department", "Ministry", "Office", "Agency",
	"Commission", "Committee", "Board", "Bureau", "Authority", "Administration", "Municipality",
	"State", "University", "College", "School", "Company", "Group", "Corporation", "Party",
	"Union", "Association", "Institute", "Foundation", "Club", "Team", "Bank", "Ministry",
	"Province", "Region", "City", "County", "District", "Service", "Services", "Centre", "Center")

// vehicleWords open or fill the names of ships and spacecraft, which are
// not actors: "Space Shuttle Atlantis", "HMS Victory", "USS Cole".
var vehicleWords = set("Shuttle", "HMS", "USS", "HMCS", "HMC", "RMS", "MV", "Apollo", "Soyuz", "Orbiter", "Spacecraft", "Rover", "Flight")

// commonAcronyms are abbreviations of things, not of actors.
var commonAcronyms = set("IQ", "HTML", "HTTP", "URL", "VIP", "CEO", "CFO", "COO", "CTO", "GDP", "GNP",
	"DNA", "RNA", "TV", "PC", "AI", "IT", "HIV", "AIDS", "SARS", "COVID", "PDF", "USB", "GPS", "SUV",
	"ATM", "FAQ", "PIN", "ID", "IPO", "CPI", "VAT", "LGBT", "LGBTQ", "MP", "MPs", "PhD", "MBA",
	"OK", "AM", "PM", "BC", "AD", "CO2", "UV", "LED", "LCD", "CD", "DVD", "PS", "NB", "RSVP",
	"ASAP", "DIY", "FYI", "TBA", "TBD", "USD", "EUR", "GBP", "JPY", "KM", "MPH", "IDD", "ICU",
	"ER", "EU-wide", "API", "APP", "SMS", "MMS", "VR", "AR", "3D", "4G", "5G", "WiFi", "RSS")

// corporateSuffixes end company names.
var corporateSuffixes = set("Inc", "Inc.", "Ltd", "Ltd.", "Corp.", "LLC", "PLC", "plc", "Co.", "AG", "GmbH", "NV", "N.V.", "S.A.", "SA", "SpA", "AB", "ASA", "Oyj", "Pty")

// placeHeads end the names of places: "Harbor Bridge", "Baltic Sea".
var placeHeads = set("Bridge", "Street", "Avenue", "Road", "Square", "Park", "Airport", "Station",
	"Stadium", "Arena", "Hall", "Tower", "Palace", "Cathedral", "Mosque", "Temple", "Valley",
	"River", "Lake", "Mountain", "Mountains", "Island", "Islands", "Bay", "Harbor", "Harbour",
	"Beach", "Coast", "Peninsula", "Desert", "Forest", "Canal", "Strait", "Sea", "Ocean", "Gulf",
	"Plaza", "Boulevard", "Heights", "Hills", "Falls", "Canyon", "Glacier", "Reservoir", "Dam",
	"Highway", "Motorway", "Port", "Quarter", "Borough", "Township", "Village", "Province",
	"County", "Prefecture", "Region", "District", "Territory", "Territories", "Basin", "Delta")

// leadWords are capitalised words that open sentences or headlines but are
// not names.
var leadWords = set(
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "By",
	"For", "From", "With", "Without", "After", "Before", "During", "Despite", "Although",
	"Though", "While", "When", "Where", "Why", "How", "What", "Who", "Which", "But", "And",
	"Or", "Yet", "So", "If", "As", "Meanwhile", "However", "Also", "Still", "Now", "Then",
	"There", "Here", "Some", "Many", "Most", "All", "Both", "Each", "Every", "Other", "Such",
	"More", "Less", "Several", "Few", "No", "Not", "Only", "Even", "Just", "According",
	"Under", "Over", "About", "Since", "Until", "Because", "Once", "Last", "Next", "First",
	"Second", "Third", "Former", "Other", "Another", "Any", "One", "Two", "Three",
	"He", "She", "They", "We", "You", "I", "His", "Her", "Their", "Our", "My", "Your",
	"Image", "Photo", "Video", "Update", "Updated", "Read", "See", "Click", "Watch", "Share",
	"Mr", "Mrs", "Ms", "Sources", "Officials", "Police", "Reuters", "AP",
)

// demonymHeads follow a place or demonym to name a group or institution:
// "UK government", "Trump administration", "Afghan team".
var demonymHeads = set("government", "administration", "team", "authorities", "military", "navy", "delegation", "squad")

// particles join parts of personal names: "Ludwig van Beethoven".
var particles = set("van", "von", "de", "del", "della", "der", "den", "du", "da", "di", "dos", "das", "bin", "ibn", "al", "el", "la", "le", "ter", "zu")

// ofHeads are name words after which "of" continues an institution or
// place name: "Bank of England", "Daughters of the American Revolution".
var ofHeads = set(
	"Bank", "University", "Department", "Ministry", "Institute", "Museum", "Republic", "Kingdom",
	"Daughters", "Sons", "Friends", "Church", "House", "Court", "Council", "Commission", "Board",
	"College", "School", "Academy", "Society", "Association", "Federation", "Union", "League",
	"Office", "Bureau", "Agency", "Centre", "Center", "Journal", "Gulf", "Bay", "Isle", "Isles",
	"Sea", "Lake", "Cape", "Mount", "Province", "State", "States", "City", "Assembly", "Parliament",
	"Committee", "Organization", "Organisation", "Order", "Party", "Corporation", "Authority",
	"Secretary", "Minister", "Chamber", "Chambers", "Fund", "Foundation", "Hospital", "Port",
	"Strait", "Straits", "Sultanate", "Emirate", "Principality", "Duchy", "Democratic", "Army",
	"Navy", "Police", "Guard", "Tribunal", "Conference", "Network", "Club", "Group", "Division",
	"Prefecture", "County", "Region", "District", "Diocese", "Archdiocese", "Municipality",
)

// personPronouns and groupPronouns are linked to actors.
var (
	malePronouns   = set("he", "him", "his", "himself")
	femalePronouns = set("she", "her", "hers", "herself")
	groupPronouns  = set("they", "them", "their", "theirs", "themselves")
)

// religious and political group nouns that name groups when capitalised
// and plural.
var groupNames = set("Muslims", "Christians", "Jews", "Hindus", "Sikhs", "Buddhists", "Catholics",
	"Protestants", "Democrats", "Republicans", "Conservatives", "Liberals", "Tories", "Greens",
	"Taliban", "Kurds", "Palestinians", "Israelis", "Arabs", "Latinos", "Hispanics")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
