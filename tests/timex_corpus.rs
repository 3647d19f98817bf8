//! The tagger's corpus: one line per phrase, with its document date and the TIMEX3 expressions it must
//! give (span, type, value). Easy to add to, easy to read. Written for this project, not taken from
//! any annotated corpus.

use chrono::NaiveDate;
use timeline_extract::tag;

/// A span, its TIMEX3 type and its value.
type Expected = (&'static str, &'static str, &'static str);

/// (text, document creation time, expected expressions).
const CORPUS: &[(&str, &str, &[Expected])] = &[
    // Absolute dates in news forms.
    ("On October 7, ships fired.", "2015-11-30", &[("October 7", "DATE", "2015-10-07")]),
    ("It happened on Oct. 7, 2015.", "2020-01-01", &[("Oct. 7, 2015", "DATE", "2015-10-07")]),
    ("It happened on the 7th of October.", "2015-11-30", &[("the 7th of October", "DATE", "2015-10-07")]),
    (
        "Signed this 5th day of October, 2015; on the first day of November talks resume, the 5th day of the war.",
        "2015-10-09",
        &[("5th day of October, 2015", "DATE", "2015-10-05"), ("the first day of November", "DATE", "2015-11-01")],
    ),
    ("The rule takes effect 60 days from today.", "2015-10-09", &[("60 days from today", "DATE", "2015-12-08")]),
    (
        "He arrived two Sundays ago; the vote was held 3 Tuesdays ago.",
        "2015-10-09",
        &[("two Sundays ago", "DATE", "2015-09-27"), ("3 Tuesdays ago", "DATE", "2015-09-22")],
    ),
    // A history (years long before the document date, nothing near it) tells of its own years: a month
    // without a year is in the year nearest the time named last; news names a time near its date.
    (
        "On 1 September 1939, Germany invaded Poland. In the winter of 1940 the front was quiet; by 1941 it \
         had moved east. By December only a fraction remained. In the winter of 1941-42 the army froze. In \
         February the thaw came.",
        "2015-10-12",
        &[
            ("1 September 1939", "DATE", "1939-09-01"),
            ("the winter of 1940", "DATE", "1940-WI"),
            ("1941", "DATE", "1941"),
            ("December", "DATE", "1941-12"),
            ("the winter of 1941-42", "DATE", "1941-WI"),
            ("February", "DATE", "1942-02"),
        ],
    ),
    // A history told in order runs on in the year of the time named last: the December after June 1941 is
    // that year's, though the December before is as near.
    (
        "Germany invaded Poland in 1939 and France in 1940. In June 1941, it attacked the Soviet Union; by \
         December its armies stood outside Moscow. On 7 December Japan struck, and in the spring the war \
         widened.",
        "2015-10-12",
        &[
            ("1939", "DATE", "1939"),
            ("1940", "DATE", "1940"),
            ("June 1941", "DATE", "1941-06"),
            ("December", "DATE", "1941-12"),
            ("7 December", "DATE", "1941-12-07"),
            ("the spring", "DATE", "1942-SP"),
        ],
    ),
    (
        "The firm was founded in 1994, listed in 1998 and merged in 2001. On Tuesday it said sales fell in \
         January.",
        "2015-10-12",
        &[
            ("1994", "DATE", "1994"),
            ("1998", "DATE", "1998"),
            ("2001", "DATE", "2001"),
            ("Tuesday", "DATE", "2015-10-06"),
            ("January", "DATE", "2015-01"),
        ],
    ),
    // A month or season without its year takes the year of the one joined to it.
    (
        "Sales fell in July and August 2015; talks ran through the summer and autumn of 2013, and in \
         November, December and January 2014.",
        "2019-10-12",
        &[
            ("July", "DATE", "2015-07"),
            ("August 2015", "DATE", "2015-08"),
            ("the summer", "DATE", "2013-SU"),
            ("autumn of 2013", "DATE", "2013-FA"),
            ("November", "DATE", "2013-11"),
            ("December", "DATE", "2013-12"),
            ("January 2014", "DATE", "2014-01"),
        ],
    ),
    // "this time" a unit back or ahead is the day of speaking then; "this time" alone is no date.
    (
        "Prices are higher than at this time last year. By this time next week the votes will be counted; \
         this time a year ago the shelves were empty. This time, he won.",
        "2026-11-22",
        &[
            ("this time last year", "DATE", "2025-11-22"),
            ("this time next week", "DATE", "2026-11-29"),
            ("this time a year ago", "DATE", "2025-11-22"),
        ],
    ),
    // A count from a day named after "from" is a day: ahead, unless the clause tells of the past.
    (
        "The law takes effect a week from Monday; the fee is due 90 days from Jan. 1. \
         It was two weeks from Monday's vote.",
        "2015-10-09",
        &[
            ("a week from Monday", "DATE", "2015-10-19"),
            ("90 days from Jan. 1", "DATE", "2016-03-31"),
            ("two weeks", "DURATION", "P2W"),
            ("Monday", "DATE", "2015-10-05"),
        ],
    ),
    (
        "The rule took effect three days from Thursday. The fair ran for 10 days from Oct. 1.",
        "2015-10-09",
        &[
            ("three days from Thursday", "DATE", "2015-10-11"),
            ("10 days", "DURATION", "P10D"),
            ("Oct. 1", "DATE", "2015-10-01"),
        ],
    ),
    ("The museum reopened on the 3rd, officials said.", "2015-11-30", &[("the 3rd", "DATE", "2015-11-03")]),
    ("The museum will reopen on the 14th.", "2015-11-30", &[("the 14th", "DATE", "2015-12-14")]),
    ("The museum reopens on the 14th.", "2015-10-09", &[("the 14th", "DATE", "2015-10-14")]),
    // A participle set off by commas before the time tells of its own phrase, not of the time's clause.
    (
        "The phone goes on sale from 3 December, priced at £799, with pre-orders opening on Friday.",
        "2026-11-25",
        &[("3 December", "DATE", "2026-12-03"), ("Friday", "DATE", "2026-11-27")],
    ),
    // A clock time told ahead is not on a day named just before that is behind the time of speaking; it is on
    // one ahead.
    (
        "The talks ended late on Monday. Shops will stay open until 10pm. The summit opens on Friday; leaders \
         will arrive at 10am.",
        "2026-11-25",
        &[
            ("Monday", "DATE", "2026-11-23"),
            ("10pm", "TIME", "2026-11-25T22:00"),
            ("Friday", "DATE", "2026-11-27"),
            ("10am", "TIME", "2026-11-27T10:00"),
        ],
    ),
    // A year set off by commas after a short subject frames its sentence, as one at its head does; one after
    // a longer phrase or with no comma after it does not.
    (
        "The last shutdown, in 2025, lasted 16 days and ended on Oct. 31. The talks that collapsed on Friday, in \
         2025, resumed on Oct. 31. Its last shutdown in 2025 ended on Oct. 31.",
        "2026-11-25",
        &[
            ("2025", "DATE", "2025"),
            ("16 days", "DURATION", "P16D"),
            ("Oct. 31", "DATE", "2025-10-31"),
            ("Friday", "DATE", "2026-11-20"),
            ("2025", "DATE", "2025"),
            ("Oct. 31", "DATE", "2026-10-31"),
            ("2025", "DATE", "2025"),
            ("Oct. 31", "DATE", "2026-10-31"),
        ],
    ),
    // A report still to come covers the nearest period ended on such a day, on either side.
    (
        "Results for the six months to 30 September will be published on 12 December; the year to March will be \
         tough.",
        "2026-11-25",
        &[
            ("the six months", "DURATION", "P6M"),
            ("30 September", "DATE", "2026-09-30"),
            ("12 December", "DATE", "2026-12-12"),
            ("the year", "DURATION", "P1Y"),
            ("March", "DATE", "2027-03"),
        ],
    ),
    // A day that a clock time is placed on takes the time's tense, a holiday too.
    (
        "The attack happened at around 3.30am on Boxing Day.",
        "2026-11-25",
        &[("around 3.30am", "TIME", "2025-12-26T03:30"), ("Boxing Day", "DATE", "2025-12-26")],
    ),
    // A night with "into" and a day after it is the night of the day before.
    (
        "Temperatures will fall below freezing overnight into Saturday. Rain fell through the night into Sunday.",
        "2026-11-25",
        &[
            ("overnight", "TIME", "2026-11-27TNI"),
            ("Saturday", "DATE", "2026-11-28"),
            ("the night", "TIME", "2026-11-21TNI"),
            ("Sunday", "DATE", "2026-11-22"),
        ],
    ),
    // A time given up for another is the nearest such time, on either side, and no range with the time set.
    (
        "The launch was moved from March 19 to June; the hearing was postponed from Tuesday to Thursday.",
        "2026-11-18",
        &[
            ("March 19", "DATE", "2027-03-19"),
            ("June", "DATE", "2027-06"),
            ("Tuesday", "DATE", "2026-11-17"),
            ("Thursday", "DATE", "2026-11-19"),
        ],
    ),
    (
        "The vote was brought forward from Friday to Thursday.",
        "2026-11-25",
        &[("Friday", "DATE", "2026-11-27"), ("Thursday", "DATE", "2026-11-26")],
    ),
    // A present that takes its time tells a timetable: the date ahead, though the same date behind is nearer.
    (
        "The season ends on 23 May; the museum reopens in March. The last season ended on 23 May.",
        "2026-08-13",
        &[("23 May", "DATE", "2027-05-23"), ("March", "DATE", "2027-03"), ("23 May", "DATE", "2026-05-23")],
    ),
    ("The show closes Sunday.", "2015-10-09", &[("Sunday", "DATE", "2015-10-11")]),
    (
        "The museum reopens on the 14th and the show closes Sunday; it ended on the 14th and final day.",
        "2015-10-09",
        &[("the 14th", "DATE", "2015-10-14"), ("Sunday", "DATE", "2015-10-11")],
    ),
    ("The vote was held on the 29th and 30th.", "2015-12-01", &[("the 29th", "DATE", "2015-11-29")]),
    (
        "He lives on the 14th floor of a tower built in the 14th century.",
        "2015-11-30",
        &[("the 14th century", "DATE", "13")],
    ),
    ("[Source: Itar Tass, Moscow, 30Nov15]", "2015-12-01", &[("30Nov15", "DATE", "2015-11-30")]),
    ("Filed 2015-10-07 in court.", "2016-01-01", &[("2015-10-07", "DATE", "2015-10-07")]),
    ("Filed 10/7/2015 in court.", "2016-01-01", &[("10/7/2015", "DATE", "2015-10-07")]),
    // A numeric date that may be either day or month first is read in the order the document's other dates
    // show, or the one that a weekday beside it tells.
    (
        "Updated 06/10/2015 11:40. The talks opened on 2 October.",
        "2015-10-06",
        &[("06/10/2015 11:40", "TIME", "2015-10-06T11:40"), ("2 October", "DATE", "2015-10-02")],
    ),
    (
        "Updated 06/10/2015 11:40. The talks opened on October 2.",
        "2015-10-06",
        &[("06/10/2015 11:40", "TIME", "2015-06-10T11:40"), ("October 2", "DATE", "2015-10-02")],
    ),
    (
        "Filed 06/10/2015; answered 25/10/2015.",
        "2016-01-01",
        &[("06/10/2015", "DATE", "2015-10-06"), ("25/10/2015", "DATE", "2015-10-25")],
    ),
    (
        "Posted Tue 06/10/2015. Posted Wednesday, 06/10/2015. The talks opened on 2 October.",
        "2015-10-06",
        &[
            ("Tue 06/10/2015", "DATE", "2015-10-06"),
            ("Wednesday, 06/10/2015", "DATE", "2015-06-10"),
            ("2 October", "DATE", "2015-10-02"),
        ],
    ),
    (
        "Filed 30-Sep-2015, answered 7/Oct/15 14:16; the card expires 09/2015.",
        "2016-01-01",
        &[
            ("30-Sep-2015", "DATE", "2015-09-30"),
            ("7/Oct/15 14:16", "TIME", "2015-10-07T14:16"),
            ("09/2015", "DATE", "2015-09"),
        ],
    ),
    (
        "It ended on September the 30th; in October the 2nd division attacked.",
        "2015-11-30",
        &[("September the 30th", "DATE", "2015-09-30"), ("October", "DATE", "2015-10")],
    ),
    ("In June 2014, the group announced it.", "2015-11-30", &[("June 2014", "DATE", "2014-06")]),
    ("The treaty was signed in March 1991.", "2015-10-12", &[("March 1991", "DATE", "1991-03")]),
    ("The plant opened in 1991.", "2015-10-12", &[("1991", "DATE", "1991")]),
    ("In 2013-2014, it called itself ISIL.", "2015-11-30", &[("2013", "DATE", "2013"), ("2014", "DATE", "2014")]),
    (
        "On October 5 and 6, they struck.",
        "2015-10-07",
        &[("October 5", "DATE", "2015-10-05"), ("6", "DATE", "2015-10-06")],
    ),
    (
        "Talks were held October 10-11 in Vienna.",
        "2015-11-04",
        &[("October 10", "DATE", "2015-10-10"), ("11", "DATE", "2015-10-11")],
    ),
    (
        "Talks were held 10-11 October.",
        "2015-11-04",
        &[("10", "DATE", "2015-10-10"), ("11 October", "DATE", "2015-10-11")],
    ),
    (
        "From 1 to 15 October 2015, 600 sorties were flown.",
        "2016-01-04",
        &[("1", "DATE", "2015-10-01"), ("15 October 2015", "DATE", "2015-10-15")],
    ),
    // The ends of a range without a year are put in order, a year apart at most.
    (
        "The festival runs from December 20 to January 5.",
        "2016-01-20",
        &[("December 20", "DATE", "2015-12-20"), ("January 5", "DATE", "2016-01-05")],
    ),
    ("The figures cover January-March.", "2026-11-21", &[("January", "DATE", "2026-01"), ("March", "DATE", "2026-03")]),
    // Two weekdays in a range: in order and under a week apart, the end moved in the future or the present, else
    // the start.
    (
        "The museum is open Tuesday through Sunday.",
        "2026-11-21",
        &[("Tuesday", "DATE", "2026-11-24"), ("Sunday", "DATE", "2026-11-29")],
    ),
    (
        "The festival will run from Friday to Monday.",
        "2026-11-21",
        &[("Friday", "DATE", "2026-11-27"), ("Monday", "DATE", "2026-11-30")],
    ),
    // After "since", a yearless date or period is never after the time of speaking.
    (
        "Prices have risen every month since January; sales have slumped since Christmas.",
        "2026-11-21",
        &[("every month", "SET", "P1M"), ("January", "DATE", "2026-01"), ("Christmas", "DATE", "2025-12-25")],
    ),
    ("Prices have risen since March.", "2026-01-10", &[("March", "DATE", "2025-03")]),
    // "at 1500 hours", with a word of approximation perhaps between, is the military clock; "1500 hours"
    // alone a length.
    (
        "Officers arrived at approximately 2315 hours. The boat sailed at 0600 hours on Friday; he worked 1500 \
         hours last year.",
        "2026-11-21",
        &[
            ("approximately 2315 hours", "TIME", "2026-11-21T23:15"),
            ("0600 hours", "TIME", "2026-11-20T06:00"),
            ("Friday", "DATE", "2026-11-20"),
            ("1500 hours", "DURATION", "PT1500H"),
            ("last year", "DATE", "2025"),
        ],
    ),
    // Hours and minutes run together before AM or PM, as a weather advisory writes them; not a station's
    // call sign and frequency, nor a count before the verb "am".
    (
        "1100 PM EDT Wed Sep 10 2025. At 1100 PM EDT the center was near Nassau. Next advisory at 200 AM EDT.",
        "2025-09-10",
        &[
            ("1100 PM EDT Wed Sep 10 2025", "TIME", "2025-09-10T23:00"),
            ("1100 PM EDT", "TIME", "2025-09-10T23:00"),
            ("200 AM EDT", "TIME", "2025-09-10T02:00"),
        ],
    ),
    ("Listen to WINS 1010 AM; he sold 200 AMC shares; of the 350 am I one?", "2025-09-10", &[]),
    // A participle that opens a phrase after a comma, its agent after it, tells no tense: the clause's verb does.
    (
        "A turn to the north is expected on Thursday, followed by a turn to the northeast Thursday night and Friday.",
        "2025-09-10",
        &[
            ("Thursday", "DATE", "2025-09-11"),
            ("Thursday night", "TIME", "2025-09-11TNI"),
            ("Friday", "DATE", "2025-09-12"),
        ],
    ),
    // The same moment in two zones, more than half a day apart by the clock, falls on two days.
    (
        "The rocket lifted off at 11:49 p.m. EST (0449 GMT Friday).",
        "2026-11-21",
        &[("11:49 p.m. EST", "TIME", "2026-11-19T23:49"), ("0449 GMT Friday", "TIME", "2026-11-20T04:49")],
    ),
    // A quarter of a century or of an hour is a length; a half or a quarter of a game is no period.
    ("It happened a quarter century ago.", "2026-11-21", &[("a quarter century ago", "DATE", "2001")]),
    (
        "He waited a quarter of an hour; the feud has lasted a quarter-century.",
        "2026-11-21",
        &[("a quarter of an hour", "DURATION", "PT15M"), ("a quarter-century", "DURATION", "P25Y")],
    ),
    (
        "He spent the first half of the season injured and the second quarter of the game on the bench.",
        "2026-11-21",
        &[],
    ),
    // A count with a decimal fraction: a half is a half ("1 1/2 hours"), else the fraction is written.
    (
        "Patients were followed for a median of 5.2 years; visits lasted 1.5 hours and the race was won by 0.5 seconds.",
        "2026-11-21",
        &[
            ("5.2 years", "DURATION", "P5.2Y"),
            ("1.5 hours", "DURATION", "PT1H30M"),
            ("0.5 seconds", "DURATION", "PT0.5S"),
        ],
    ),
    (
        "After a 2.5-hour flight and about 4.75 days at sea, the crew rested; the bonds yield 2.2 percent.",
        "2026-11-21",
        &[("2.5-hour", "DURATION", "PT2H30M"), ("4.75 days", "DURATION", "P4.75D")],
    ),
    // A word of succession or wholeness between a count and its unit belongs to the length; after an
    // ordinal it counts a period in a run, which is no length.
    (
        "Profits fell for three consecutive quarters, prices for five straight days and a whole week; he \
         worked two full years on it, in the third consecutive month of gains, and won three successive titles.",
        "2015-10-09",
        &[
            ("three consecutive quarters", "DURATION", "P3Q"),
            ("five straight days", "DURATION", "P5D"),
            ("a whole week", "DURATION", "P1W"),
            ("two full years", "DURATION", "P2Y"),
        ],
    ),
    (
        "Inflation has been above target for 18 consecutive months; prices rose 12 straight weeks, not 3 items.",
        "2015-10-09",
        &[("18 consecutive months", "DURATION", "P18M"), ("12 straight weeks", "DURATION", "P12W")],
    ),
    // The weekend of a day is the weekend of its ISO week; a weekend of anything else is no date.
    (
        "The festival took place the weekend of Oct. 10, 2015, after a weekend of bitter accusations.",
        "2015-11-18",
        &[("the weekend of Oct. 10, 2015", "DATE", "2015-W41-WE")],
    ),
    // A month after a possessive is the month; May there is a name, and a march before "for" a march.
    (
        "Analysts expect a hike at the Fed's December meeting; Britain's May said the country's March for Peace was off.",
        "2015-11-18",
        &[("December", "DATE", "2015-12")],
    ),
    // A dot between hour and minute before "hours" after "at" is the clock, not a decimal.
    ("The patrol left at 10.30 hours.", "2026-11-21", &[("10.30 hours", "TIME", "2026-11-21T10:30")]),
    (
        "It posted a loss for the third quarter of $226 million.",
        "1989-10-30",
        &[("the third quarter", "DATE", "1989-Q3")],
    ),
    ("The strike is set to last a week and a half.", "2026-11-21", &[("a week and a half", "DURATION", "P10DT12H")]),
    // A weekday beside a yearless date chooses its year: the nearest in which the date falls on it...
    (
        "The vote is due on Tuesday (Oct. 13); fans gathered on Saturday, Dec. 26.",
        "2021-02-01",
        &[
            ("Tuesday", "DATE", "2020-10-13"),
            ("Oct. 13", "DATE", "2020-10-13"),
            ("Saturday, Dec. 26", "DATE", "2020-12-26"),
        ],
    ),
    (
        "Fans will gather on Saturday, Dec. 26 at 3 p.m.",
        "2021-02-01",
        &[("Saturday, Dec. 26", "DATE", "2020-12-26"), ("3 p.m.", "TIME", "2020-12-26T15:00")],
    ),
    // ... that the tense allows: a past clause does not move to a March still ahead.
    ("The hearing was held on Monday 15 March.", "2026-11-21", &[("Monday 15 March", "DATE", "2026-03-15")]),
    // A range of clock times: the end on the start's day or the next, the start on the end's day.
    (
        "The curfew runs from 10 p.m. Friday to 6 a.m.",
        "2026-11-21",
        &[("10 p.m. Friday", "TIME", "2026-11-20T22:00"), ("6 a.m.", "TIME", "2026-11-21T06:00")],
    ),
    (
        "Voting ran from 7 a.m. to 8 p.m. on Sunday.",
        "2026-11-21",
        &[
            ("7 a.m.", "TIME", "2026-11-15T07:00"),
            ("8 p.m.", "TIME", "2026-11-15T20:00"),
            ("Sunday", "DATE", "2026-11-15"),
        ],
    ),
    // A part of the day takes the day written after it with "on", as with "of".
    (
        "The blast happened in mid-afternoon on Monday.",
        "2026-11-22",
        &[("mid-afternoon", "TIME", "2026-11-16TAF"), ("Monday", "DATE", "2026-11-16")],
    ),
    // A clock time in a clause joined to the next one's takes its day; one after a longer clause keeps the day
    // under discussion.
    (
        "Polls opened at 7 a.m. and closed at 8 p.m. Tuesday. He arrived at 9 a.m. and said he would leave by \
         5 p.m. Friday.",
        "2026-11-21",
        &[
            ("7 a.m.", "TIME", "2026-11-17T07:00"),
            ("8 p.m. Tuesday", "TIME", "2026-11-17T20:00"),
            ("9 a.m.", "TIME", "2026-11-17T09:00"),
            ("5 p.m. Friday", "TIME", "2026-11-27T17:00"),
        ],
    ),
    (
        "The store is open Monday thru Friday.",
        "2026-11-21",
        &[("Monday", "DATE", "2026-11-23"), ("Friday", "DATE", "2026-11-27")],
    ),
    ("The Oct.-Dec. period was weak; Jan. Smith spoke.", "2015-01-20", &[("The Oct.-Dec. period", "DATE", "2014-Q4")]),
    (
        "Sales fell from Dec. 28 to Jan. 3.",
        "2016-01-20",
        &[("Dec. 28", "DATE", "2015-12-28"), ("Jan. 3", "DATE", "2016-01-03")],
    ),
    (
        "Talks were held on 5, 6 and 7 November.",
        "2015-11-09",
        &[("5", "DATE", "2015-11-05"), ("6", "DATE", "2015-11-06"), ("7 November", "DATE", "2015-11-07")],
    ),
    ("It ended in nineteen ninety-six.", "1998-01-01", &[("nineteen ninety-six", "DATE", "1996")]),
    ("January this year was cold.", "1998-03-01", &[("January this year", "DATE", "1998-01")]),
    // Years written without one.
    ("Sales peaked in October.", "1998-01-08", &[("October", "DATE", "1997-10")]),
    ("The offer was extended to Nov. 20.", "1989-11-02", &[("Nov. 20", "DATE", "1989-11-20")]),
    ("The deal is expected to be completed by Dec. 15.", "1989-10-31", &[("Dec. 15", "DATE", "1989-12-15")]),
    // "plan", "expect", "intend" mark the future before an infinitive; "the plan" is a noun.
    ("Officials plan to hold talks on Wednesday.", "2015-10-10", &[("Wednesday", "DATE", "2015-10-14")]),
    ("They signed the plan Friday.", "2015-10-10", &[("Friday", "DATE", "2015-10-09")]),
    ("The rebels intend to attack Tuesday.", "2015-10-10", &[("Tuesday", "DATE", "2015-10-13")]),
    ("The boy must be returned by Jan. 14.", "1999-12-20", &[("Jan. 14", "DATE", "2000-01-14")]),
    ("The launch will take place in March.", "1998-11-10", &[("March", "DATE", "1999-03")]),
    // Weekdays and tense.
    ("The ministry said on Tuesday that jets flew.", "2015-11-03", &[("Tuesday", "DATE", "2015-11-03")]),
    ("Officials met on Saturday.", "2015-10-10", &[("Saturday", "DATE", "2015-10-10")]),
    ("The ministry said on Friday that it was over.", "2015-10-10", &[("Friday", "DATE", "2015-10-09")]),
    ("The talks will resume on Monday.", "2015-10-10", &[("Monday", "DATE", "2015-10-12")]),
    ("They would get around Wednesday's ruling.", "2000-01-07", &[("Wednesday", "DATE", "2000-01-05")]),
    ("They are to meet Monday.", "1998-05-01", &[("Monday", "DATE", "1998-05-04")]),
    ("He and the premier meet separately Monday with the envoy.", "1998-05-01", &[("Monday", "DATE", "1998-05-04")]),
    ("The strike, set to begin Monday, was called off.", "2000-01-06", &[("Monday", "DATE", "2000-01-10")]),
    ("The mayor could not be reached Wednesday for comment.", "2000-01-06", &[("Wednesday", "DATE", "2000-01-05")]),
    // A weekday and the date beside it in parentheses name one day.
    (
        "It was announced on Wednesday (Oct. 14) and confirmed on Oct. 16 (Friday).",
        "2015-11-30",
        &[
            ("Wednesday", "DATE", "2015-10-14"),
            ("Oct. 14", "DATE", "2015-10-14"),
            ("Oct. 16", "DATE", "2015-10-16"),
            ("Friday", "DATE", "2015-10-16"),
        ],
    ),
    // A verb after "and" is another predicate's: the past verb before the day dates it.
    (
        "The plane landed safely on Tuesday and would depart on Friday.",
        "2015-10-07",
        &[("Tuesday", "DATE", "2015-10-06"), ("Friday", "DATE", "2015-10-09")],
    ),
    ("The envoy could arrive as early as Tuesday.", "2000-04-03", &[("Tuesday", "DATE", "2000-04-04")]),
    // "have" after a modal is the perfect only before a participle: with an object or a preposition after it,
    // it is the verb, and "would" looks ahead.
    (
        "Landlords would have until March 31 to reply; tenants would have to leave by April 2. It could have \
         collapsed on March 3.",
        "2026-11-20",
        &[("March 31", "DATE", "2027-03-31"), ("April 2", "DATE", "2027-04-02"), ("March 3", "DATE", "2026-03-03")],
    ),
    ("The two leaders did not meet Monday in Geneva.", "2000-01-07", &[("Monday", "DATE", "2000-01-03")]),
    ("Jets struck last Tuesday night near Homs.", "2016-06-15", &[("last Tuesday night", "TIME", "2016-06-14TNI")]),
    ("Polls close at 8 p.m. ET.", "2020-11-03", &[("8 p.m. ET", "TIME", "2020-11-03T20:00")]),
    (
        "Voters go to the polls on the first Tuesday of November.",
        "2016-06-15",
        &[("the first Tuesday of November", "DATE", "2016-11-01")],
    ),
    ("It met on the last Monday in May 2015.", "2016-06-15", &[("the last Monday in May 2015", "DATE", "2015-05-25")]),
    ("The study by Smith et al. came out in 2015.", "2016-06-15", &[("2015", "DATE", "2015")]),
    ("The talks do not resume until Tuesday.", "2000-01-07", &[("Tuesday", "DATE", "2000-01-11")]),
    ("It was announced last Tuesday.", "2015-10-07", &[("last Tuesday", "DATE", "2015-10-06")]),
    ("Talks began Friday morning.", "2015-10-10", &[("Friday morning", "TIME", "2015-10-09TMO")]),
    ("It aired Wednesday night.", "2015-10-10", &[("Wednesday night", "TIME", "2015-10-07TNI")]),
    // Relative words.
    (
        "It rained yesterday and today.",
        "2015-10-07",
        &[("yesterday", "DATE", "2015-10-06"), ("today", "DATE", "2015-10-07")],
    ),
    ("He arrived three days ago.", "2015-10-07", &[("three days ago", "DATE", "2015-10-04")]),
    ("A hearing is set for the week of March 6.", "2000-02-20", &[("the week of March 6", "DATE", "2000-W10")]),
    ("He left a week or so ago.", "2015-10-07", &[("a week or so ago", "DATE", "2015-W40")]),
    ("Talks resume the day after tomorrow.", "2015-10-07", &[("the day after tomorrow", "DATE", "2015-10-09")]),
    ("He left the day before yesterday.", "2015-10-07", &[("the day before yesterday", "DATE", "2015-10-05")]),
    (
        "The attack came on Oct. 10. The day after, police arrested two.",
        "2015-11-04",
        &[("Oct. 10", "DATE", "2015-10-10"), ("The day after", "DATE", "2015-10-11")],
    ),
    ("Prices rose last week.", "1998-01-08", &[("last week", "DATE", "1998-W01")]),
    ("Prices will rise next month.", "2015-12-15", &[("next month", "DATE", "2016-01")]),
    ("Profit fell this year.", "2015-12-15", &[("this year", "DATE", "2015")]),
    ("It grew in the last decade.", "1998-01-08", &[("the last decade", "DATE", "198")]),
    (
        "Talks began on October 7. The next day they stopped.",
        "2015-11-30",
        &[("October 7", "DATE", "2015-10-07"), ("The next day", "DATE", "2015-10-08")],
    ),
    // Anaphora: a day named in any way ("on Tuesday", "yesterday") is the one "the next day" counts from;
    // "the following Monday", "the previous winter", "that summer" and "the summer of that year" count from
    // the time mentioned last; a day counted from a month or a year keeps only what is known of it.
    (
        "Police arrested him on Tuesday. The next day he was released.",
        "2015-10-09",
        &[("Tuesday", "DATE", "2015-10-06"), ("The next day", "DATE", "2015-10-07")],
    ),
    // A clock time or a part of the day without its day, after a word, is on a day named close before it;
    // far from one, or as a live blog's entry stamp, it is on the time of speaking.
    (
        "Police arrived on Tuesday. At 10 p.m. the fire was out.",
        "2015-10-09",
        &[("Tuesday", "DATE", "2015-10-06"), ("10 p.m.", "TIME", "2015-10-06T22:00")],
    ),
    (
        "Police arrived on Tuesday. The fire, which had started in a warehouse near the river and spread to \
         three neighbouring buildings before crews could reach it through streets blocked by parked cars and \
         debris, was declared out by officials at 10 p.m.",
        "2015-10-09",
        &[("Tuesday", "DATE", "2015-10-06"), ("10 p.m.", "TIME", "2015-10-09T22:00")],
    ),
    (
        "Jets struck on Tuesday.\n\n20:10 Officials spoke. The next day talks began.",
        "2015-10-09",
        &[
            ("Tuesday", "DATE", "2015-10-06"),
            ("20:10", "TIME", "2015-10-09T20:10"),
            ("The next day", "DATE", "2015-10-07"),
        ],
    ),
    // A coarser time named after a day leaves that day under discussion.
    (
        "On Wednesday, the Fed releases the minutes of its October meeting at 2 p.m.",
        "2026-11-24",
        &[("Wednesday", "DATE", "2026-11-25"), ("October", "DATE", "2026-10"), ("2 p.m.", "TIME", "2026-11-25T14:00")],
    ),
    // The day under discussion after a range put in order is its end as put in order.
    (
        "The hall is open Tuesday through Sunday. Tours start at 10 a.m.",
        "2026-11-23",
        &[("Tuesday", "DATE", "2026-11-24"), ("Sunday", "DATE", "2026-11-29"), ("10 a.m.", "TIME", "2026-11-29T10:00")],
    ),
    // Inside a sentence, a clock time with no word before it is no entry's stamp: it is on the day named.
    (
        "From Monday 7 December, trains will run every 3 minutes in the morning peak (07:00-09:30).",
        "2026-11-20",
        &[
            ("Monday 7 December", "DATE", "2026-12-07"),
            ("every 3 minutes", "SET", "PT3M"),
            ("the morning", "TIME", "2026-12-07TMO"),
            ("07:00", "TIME", "2026-12-07T07:00"),
            ("09:30", "TIME", "2026-12-07T09:30"),
        ],
    ),
    (
        "The strike began yesterday. By the next morning, trains had stopped.",
        "2015-10-09",
        &[("yesterday", "DATE", "2015-10-08"), ("the next morning", "TIME", "2015-10-09TMO")],
    ),
    (
        "Shares closed lower Friday, down 4% from the previous Friday.",
        "2015-10-12",
        &[("Friday", "DATE", "2015-10-09"), ("the previous Friday", "DATE", "2015-10-02")],
    ),
    (
        "The talks began last Monday and ended the following Thursday.",
        "2015-10-16",
        &[("last Monday", "DATE", "2015-10-12"), ("the following Thursday", "DATE", "2015-10-15")],
    ),
    (
        "He was elected in 2004. The following spring he resigned.",
        "2015-10-16",
        &[("2004", "DATE", "2004"), ("The following spring", "DATE", "2005-SP")],
    ),
    (
        "The mill burned in the summer of 1921; the previous winter had been dry.",
        "2015-10-16",
        &[("the summer of 1921", "DATE", "1921-SU"), ("the previous winter", "DATE", "1920-WI")],
    ),
    (
        "Troops left last October. Their base was closed that same day.",
        "1999-02-06",
        &[("last October", "DATE", "1998-10"), ("that same day", "DATE", "1998-10-XX")],
    ),
    // A month or a holiday named after a year is known whole.
    (
        "The war ended in 1856; the treaty was signed that April, and the following Christmas the troops sailed.",
        "2015-10-16",
        &[
            ("1856", "DATE", "1856"),
            ("that April", "DATE", "1856-04"),
            ("the following Christmas", "DATE", "1857-12-25"),
        ],
    ),
    (
        "The company was founded in 1998. In the summer of that year it hired 40 people.",
        "2015-10-16",
        &[("1998", "DATE", "1998"), ("the summer of that year", "DATE", "1998-SU")],
    ),
    (
        "The treaty was signed in 1990; in the spring of the following year the troops left.",
        "2015-10-16",
        &[("1990", "DATE", "1990"), ("the spring of the following year", "DATE", "1991-SP")],
    ),
    (
        "The war began in 1939. That same year, rationing started.",
        "2015-10-16",
        &[("1939", "DATE", "1939"), ("That same year", "DATE", "1939")],
    ),
    (
        "He moved there in March 2004. That summer he married.",
        "2015-10-16",
        &[("March 2004", "DATE", "2004-03"), ("That summer", "DATE", "2004-SU")],
    ),
    // A week counted from a month or a year is known only to that month or year.
    (
        "The war began in 1939. That week, rationing started. In October 2015 talks opened; that weekend protests \
         spread.",
        "2026-11-23",
        &[
            ("1939", "DATE", "1939"),
            ("That week", "DATE", "1939"),
            ("October 2015", "DATE", "2015-10"),
            ("that weekend", "DATE", "2015-10"),
        ],
    ),
    // After a verb, "that" opens a clause, and a month or a season with a noun after it names the noun's kind:
    // no season is meant, and the month alone is the time.
    (
        "In 1979 she showed that summer ice had thinned. Officials said that March sales rose; that spring ended early.",
        "2015-10-09",
        &[("1979", "DATE", "1979"), ("March", "DATE", "2015-03"), ("that spring", "DATE", "2015-SP")],
    ),
    (
        "The bridge opened in May 1937. The next day, traffic jams formed.",
        "2015-10-16",
        &[("May 1937", "DATE", "1937-05"), ("The next day", "DATE", "1937-05-XX")],
    ),
    (
        "The bridge opened in 1937. Later that day, traffic jams formed.",
        "2015-10-16",
        &[("1937", "DATE", "1937"), ("Later that day", "DATE", "1937-XX-XX")],
    ),
    ("It was hot earlier this year.", "1998-08-01", &[("earlier this year", "DATE", "1998")]),
    (
        "The embassies were bombed on Aug. 7. Earlier in the day, police had warned of it. Later in the week, arrests were made.",
        "1998-08-12",
        &[
            ("Aug. 7", "DATE", "1998-08-07"),
            ("Earlier in the day", "DATE", "1998-08-07"),
            ("Later in the week", "DATE", "1998-W32"),
        ],
    ),
    ("Talks are expected this weekend.", "2015-10-08", &[("this weekend", "DATE", "2015-W41-WE")]),
    // Parts of periods.
    ("In mid-November, Russia added jets.", "2015-11-30", &[("mid-November", "DATE", "2015-11")]),
    ("Growth slowed in early 2015.", "2016-03-01", &[("early 2015", "DATE", "2015")]),
    // A half or a quarter without its year beside a word of a game told in play is the game's part.
    (
        "Cole scored twice in the second half. The Bears' touchdown in the fourth quarter won it. Sales should \
         rise in the second half, and profit rose in the fourth quarter.",
        "2026-11-22",
        &[("the second half", "DATE", "2026-H2"), ("the fourth quarter", "DATE", "2026-Q4")],
    ),
    // Two edges side by side span the period whole; from one edge to a later one is a range.
    (
        "Deliveries arrive mid-to-late December, and work ends early to mid 2027. Growth slowed from early to \
         late 2025.",
        "2026-11-24",
        &[
            ("mid-to-late December", "DATE", "2026-12"),
            ("early to mid 2027", "DATE", "2027"),
            ("late 2025", "DATE", "2025"),
        ],
    ),
    ("It closes at the end of November.", "2015-11-03", &[("the end of November", "DATE", "2015-11")]),
    ("It boomed in the late 1970s.", "1998-01-01", &[("the late 1970s", "DATE", "197")]),
    ("It boomed in the nineties.", "2015-01-01", &[("the nineties", "DATE", "199")]),
    ("He was in his 30s; she is in her early twenties.", "2015-01-01", &[]),
    ("It is the 20th century's legacy.", "2015-01-01", &[("the 20th century", "DATE", "19")]),
    // Two centuries that write their unit (and era) once, after the second; ordinals with no unit are not.
    (
        "The cathedral was built between the 12th and 14th centuries.",
        "2015-01-01",
        &[("the 12th", "DATE", "11"), ("14th centuries", "DATE", "13")],
    ),
    (
        "The 18th and early 19th centuries saw growth; cities grew in the 5th and 4th centuries BC.",
        "2015-01-01",
        &[
            ("The 18th", "DATE", "17"),
            ("early 19th centuries", "DATE", "18"),
            ("the 5th", "DATE", "BC04"),
            ("4th centuries BC", "DATE", "BC03"),
        ],
    ),
    ("He finished 12th and 14th in two races.", "2015-01-01", &[]),
    // A half of a century or a decade is its start or end; a winter named by the two years it spans.
    (
        "The dynasty weakened in the first half of the 18th century.",
        "2015-10-16",
        &[("the first half of the 18th century", "DATE", "17")],
    ),
    ("Prices rose in the second half of the 1990s.", "2015-10-16", &[("the second half of the 1990s", "DATE", "199")]),
    ("The front froze in the winter of 1941-42.", "2015-10-16", &[("the winter of 1941-42", "DATE", "1941-WI")]),
    ("Winter 2015/16 was mild.", "2016-06-01", &[("Winter 2015/16", "DATE", "2015-WI")]),
    // Years and centuries with their era: before the common era as TIMEX2 and TimeML's taggers write them.
    (
        "Caesar was killed in 44 BC, and the temple fell in AD 70.",
        "2015-01-01",
        &[("44 BC", "DATE", "BC0044"), ("AD 70", "DATE", "0070")],
    ),
    // The era before the first year of a range holds for the second.
    (
        "Coins date from the reign of Hadrian (AD 117-138).",
        "2025-06-12",
        &[("AD 117", "DATE", "0117"), ("138", "DATE", "0138")],
    ),
    ("He died on 15 March 44 B.C. in Rome.", "2015-01-01", &[("15 March 44 B.C.", "DATE", "BC0044-03-15")]),
    ("Rome was sacked in 410 AD and 455 CE.", "2015-01-01", &[("410 AD", "DATE", "0410"), ("455 CE", "DATE", "0455")]),
    ("Farming began around 10,000 BCE.", "2015-01-01", &[("around 10,000 BCE", "DATE", "BC10000")]),
    ("Rome was founded in the 8th century BC.", "2015-01-01", &[("the 8th century BC", "DATE", "BC07")]),
    // The 1st century BC is "BC00", not the 1st century of the era ("00").
    ("The town grew in the 1st century BC.", "2015-01-01", &[("the 1st century BC", "DATE", "BC00")]),
    ("In the 1st century AD, it spread.", "2015-01-01", &[("the 1st century AD", "DATE", "00")]),
    ("An ad for the BC Liberals ran in Vancouver, B.C., on Monday.", "2015-01-07", &[("Monday", "DATE", "2015-01-05")]),
    ("We will see it this summer.", "1998-02-01", &[("this summer", "DATE", "1998-SU")]),
    ("It fell last fall.", "1998-02-01", &[("last fall", "DATE", "1997-FA")]),
    ("It rose from the lows of the early summer.", "1989-10-25", &[("the early summer", "DATE", "1989-SU")]),
    ("Talks will resume in late spring.", "1989-10-25", &[("late spring", "DATE", "1990-SP")]),
    ("Shops close on Christmas Eve.", "2015-12-01", &[("Christmas Eve", "DATE", "2015-12-24")]),
    ("Workers marched on May Day.", "2016-06-15", &[("May Day", "DATE", "2016-05-01")]),
    ("Shoppers crowded stores on Black Friday.", "2016-12-01", &[("Black Friday", "DATE", "2016-11-25")]),
    // After a word that says "when", a capitalized word after the month is no surname.
    ("In June Apple said so.", "2016-06-15", &[("June", "DATE", "2016-06")]),
    ("Pilgrims will arrive during Easter week.", "2016-03-01", &[("Easter week", "DATE", "2016-W12")]),
    ("They met at Thanksgiving.", "2015-12-01", &[("Thanksgiving", "DATE", "2015-11-26")]),
    // Quarters.
    ("Profit rose in the third quarter of 1998.", "1999-01-10", &[("the third quarter of 1998", "DATE", "1998-Q3")]),
    ("Third-quarter profit rose.", "1989-10-25", &[("Third-quarter", "DATE", "1989-Q3")]),
    ("It will recover in the last half of 1990.", "1989-10-25", &[("the last half of 1990", "DATE", "1990-H2")]),
    ("Sales fell in the last quarter of 1988.", "1989-10-25", &[("the last quarter of 1988", "DATE", "1988-Q4")]),
    ("Sales fell in the second fiscal quarter.", "1989-10-25", &[("the second fiscal quarter", "DATE", "1989-Q2")]),
    (
        "Third-quarter profit rose to $5 million from $4 million a year earlier.",
        "1989-10-25",
        &[("Third-quarter", "DATE", "1989-Q3"), ("a year earlier", "DATE", "1988-Q3")],
    ),
    ("Sales in the year-ago quarter fell.", "1989-10-25", &[("the year-ago quarter", "DATE", "1988-Q3")]),
    // "last year" names the year before, even in earnings copy.
    (
        "Third-quarter profit rose to $5 million from $4 million last year.",
        "1989-10-25",
        &[("Third-quarter", "DATE", "1989-Q3"), ("last year", "DATE", "1988")],
    ),
    (
        "Steelmakers will report losses through the third quarter of 1990. In the year-ago period, it earned $9 million.",
        "1989-10-26",
        &[("the third quarter of 1990", "DATE", "1990-Q3"), ("the year-ago period", "DATE", "1988-Q3")],
    ),
    (
        "Third-quarter profit was $5 million, from $4 million in the 1988 period. The year-ago results included a $1 million charge.",
        "1989-10-25",
        &[
            ("Third-quarter", "DATE", "1989-Q3"),
            ("the 1988 period", "DATE", "1988-Q3"),
            ("year-ago", "DATE", "1988-Q3"),
        ],
    ),
    // A quarter named with its year before the one under discussion is the comparison, not the new subject.
    (
        "Revenue for the quarter was $412 million, up from $349 million in the third quarter of fiscal 2025. \
         Net income was $51 million, against $38 million a year ago.",
        "2026-10-28",
        &[
            ("the quarter", "DATE", "2026-Q3"),
            ("the third quarter of fiscal 2025", "DATE", "2025-Q3"),
            ("a year ago", "DATE", "2025-Q3"),
        ],
    ),
    (
        "Third-quarter sales rose to $5 million; sales this year will reach $20 million.",
        "1989-10-25",
        &[("Third-quarter", "DATE", "1989-Q3"), ("this year", "DATE", "1989")],
    ),
    // A past clause puts a day more than two months ahead in the year before, but a deadline it sets is
    // the nearest such day.
    ("The deal should close by year-end.", "1989-11-02", &[("year-end", "DATE", "1989")]),
    // An edge joined to a unit by a hyphen: the unit under discussion ("the year" alone), or the present one.
    (
        "Prices rose at month-end; a mid-week poll showed a lead, and the review is due at mid-year.",
        "2015-10-09",
        &[("month-end", "DATE", "2015-10"), ("mid-week", "DATE", "2015-W41"), ("mid-year", "DATE", "2015")],
    ),
    (
        "The strike began on 1 May. By mid-month, half the mines had closed.",
        "2015-10-09",
        &[("1 May", "DATE", "2015-05-01"), ("mid-month", "DATE", "2015-05")],
    ),
    ("She left the week before last.", "2015-10-10", &[("the week before last", "DATE", "2015-W39")]),
    ("Talks were held in the second week of March.", "2015-10-10", &[("the second week of March", "DATE", "2015-03")]),
    (
        "In the first half of October, jets flew 600 sorties.",
        "2015-11-10",
        &[("the first half of October", "DATE", "2015-10")],
    ),
    ("In the second half of 2015, sales rose.", "2016-01-10", &[("the second half of 2015", "DATE", "2015-H2")]),
    ("Sales fell the year before last.", "2015-10-10", &[("the year before last", "DATE", "2013")]),
    (
        "Fighting raged in the last days of September.",
        "2015-10-10",
        &[("the last days of September", "DATE", "2015-09")],
    ),
    ("Snow fell in the first weeks of 2015.", "2015-10-10", &[("the first weeks of 2015", "DATE", "2015")]),
    ("The plan should be in place by year's end.", "1989-10-26", &[("year's end", "DATE", "1989")]),
    ("The law took effect on Jan. 1.", "2015-10-10", &[("Jan. 1", "DATE", "2015-01-01")]),
    // "the year" alone is the year under discussion; "the year before" is the year before the one mentioned.
    ("For the year, volume was flat.", "1989-11-02", &[("the year", "DATE", "1989")]),
    ("Sales fell $5 million from the year before.", "1998-09-07", &[("the year before", "DATE", "1997")]),
    ("He was named Player of the Year.", "1998-09-07", &[]),
    (
        "In the fiscal year ended Jan. 31, sales rose.",
        "1989-10-31",
        &[("the fiscal year", "DURATION", "P1Y"), ("Jan. 31", "DATE", "1989-01-31")],
    ),
    ("It created an office of the chairman, effective Feb. 1.", "1989-10-26", &[("Feb. 1", "DATE", "1990-02-01")]),
    (
        "The government declared three days of national mourning, starting on Sunday.",
        "2023-03-04",
        &[("three days", "DURATION", "P3D"), ("Sunday", "DATE", "2023-03-05")],
    ),
    (
        "Prices rose in the year to March.",
        "2015-10-10",
        &[("the year", "DURATION", "P1Y"), ("March", "DATE", "2015-03")],
    ),
    (
        "Revenue was $76 million for the year ended March 31.",
        "1989-11-01",
        &[("the year", "DURATION", "P1Y"), ("March 31", "DATE", "1989-03-31")],
    ),
    (
        "The offer, which was to expire today, was extended to Nov. 20.",
        "1989-11-02",
        &[("today", "DATE", "1989-11-02"), ("Nov. 20", "DATE", "1989-11-20")],
    ),
    ("Sales in the latest quarter fell.", "1989-10-25", &[("the latest quarter", "DATE", "1989-Q3")]),
    (
        "Third-quarter profit fell to $1 million; he cut his estimate for next year to $2 a share.",
        "1989-10-25",
        &[("Third-quarter", "DATE", "1989-Q3"), ("next year", "DATE", "1990")],
    ),
    // A period of a year counted from the present, in the possessive or after "of"; the current quarter.
    ("It may close in next year's first quarter.", "1989-10-31", &[("next year's first quarter", "DATE", "1990-Q1")]),
    ("Profit in last year's third quarter fell.", "1989-10-31", &[("last year's third quarter", "DATE", "1988-Q3")]),
    ("Sales in this year's second half will rise.", "1989-10-31", &[("this year's second half", "DATE", "1989-H2")]),
    (
        "The plant opens in the third quarter of next year.",
        "1989-10-31",
        &[("the third quarter of next year", "DATE", "1990-Q3")],
    ),
    (
        "It lost money in the second half of last year.",
        "1989-10-31",
        &[("the second half of last year", "DATE", "1988-H2")],
    ),
    ("The deal closed in October of last year.", "1989-10-31", &[("October of last year", "DATE", "1988-10")]),
    ("Sales in last year's December were weak.", "1989-10-31", &[("last year's December", "DATE", "1988-12")]),
    (
        "Third-quarter sales rose 5%. U.K. sales for last year's quarter were flat.",
        "1989-11-01",
        &[("Third-quarter", "DATE", "1989-Q3"), ("last year's quarter", "DATE", "1988-Q3")],
    ),
    (
        "Third-quarter sales rose 5%. For the quarter a year ago, it earned $16 million.",
        "1989-11-01",
        &[("Third-quarter", "DATE", "1989-Q3"), ("the quarter a year ago", "DATE", "1988-Q3")],
    ),
    // The same period a year back: the period under discussion, a year before.
    (
        "Third-quarter profit rose 5% from the corresponding period last year and 8% from the same period the \
         year before. Sales in October rose from the same month last year.",
        "1989-11-01",
        &[
            ("Third-quarter", "DATE", "1989-Q3"),
            ("the corresponding period last year", "DATE", "1988-Q3"),
            ("the same period the year before", "DATE", "1988-Q3"),
            ("October", "DATE", "1989-10"),
            ("the same month last year", "DATE", "1988-10"),
        ],
    ),
    (
        "Third-quarter sales rose 5%, and the current quarter began well.",
        "1989-10-26",
        &[("Third-quarter", "DATE", "1989-Q3"), ("the current quarter", "DATE", "1989-Q4")],
    ),
    ("In fiscal 1998 it grew.", "1999-01-10", &[("fiscal 1998", "DATE", "1998")]),
    // A year named as the calendar's, as one named as the fiscal year's.
    (
        "The deal should close in the first half of calendar 2027. Sales rose in calendar year 2025; payment is \
         due within three calendar months.",
        "2026-11-16",
        &[
            ("the first half of calendar 2027", "DATE", "2027-H1"),
            ("calendar year 2025", "DATE", "2025"),
            ("three calendar months", "DURATION", "P3M"),
        ],
    ),
    (
        "Sales in the current fiscal year rose; next fiscal year will be better.",
        "1989-10-25",
        &[("the current fiscal year", "DATE", "1989"), ("next fiscal year", "DATE", "1990")],
    ),
    (
        "Sales rose in Q3 2015 and in 3Q14.",
        "2016-01-10",
        &[("Q3 2015", "DATE", "2015-Q3"), ("3Q14", "DATE", "2014-Q3")],
    ),
    (
        "H1 2016 profit fell; 2H15 was better.",
        "2016-09-10",
        &[("H1 2016", "DATE", "2016-H1"), ("2H15", "DATE", "2015-H2")],
    ),
    ("FY2015 revenue and FY16 costs.", "2016-09-10", &[("FY2015", "DATE", "2015"), ("FY16", "DATE", "2016")]),
    ("The H1N1 virus, a 4Q-rated bond, an AQ3 unit.", "2016-09-10", &[]),
    // Times.
    (
        "Today at 11 a.m. Moscow time, jets flew.",
        "2015-11-03",
        &[("Today", "DATE", "2015-11-03"), ("11 a.m. Moscow time", "TIME", "2015-11-03T11:00")],
    ),
    ("Talks are at 15:00 GMT.", "2015-10-01", &[("15:00 GMT", "TIME", "2015-10-01T15:00")]),
    (
        "The fire broke out before 9 p.m. local time on Saturday night.",
        "2015-10-07",
        &[("9 p.m. local time", "TIME", "2015-10-03T21:00"), ("Saturday night", "TIME", "2015-10-03TNI")],
    ),
    ("The trial is set for the spring of next year.", "2015-10-07", &[("the spring of next year", "DATE", "2016-SP")]),
    // A range's first hour takes the a.m. or p.m. written after the second.
    (
        "Polls are open from 7 to 10 p.m.",
        "2015-10-01",
        &[("7", "TIME", "2015-10-01T19:00"), ("10 p.m.", "TIME", "2015-10-01T22:00")],
    ),
    (
        "Roads were closed between 11 and 1 p.m.",
        "2015-10-01",
        &[("11", "TIME", "2015-10-01T11:00"), ("1 p.m.", "TIME", "2015-10-01T13:00")],
    ),
    (
        "The shop opens 3:30-5 p.m.",
        "2015-10-01",
        &[("3:30", "TIME", "2015-10-01T15:30"), ("5 p.m.", "TIME", "2015-10-01T17:00")],
    ),
    ("The team won 3-2 and then 10 to 12.", "2015-10-01", &[]),
    ("The blast came at 10 p.m. Wednesday.", "2015-10-10", &[("10 p.m. Wednesday", "TIME", "2015-10-07T22:00")]),
    ("It leaves at noon.", "2015-10-10", &[("noon", "TIME", "2015-10-10T12:00")]),
    (
        "The blast came at 10:35 a.m. (0735 GMT) Friday.",
        "1998-08-08",
        &[
            ("10:35 a.m.", "TIME", "1998-08-07T10:35"),
            ("0735 GMT", "TIME", "1998-08-07T07:35"),
            ("Friday", "DATE", "1998-08-07"),
        ],
    ),
    (
        "On Oct. 31, at 6:45 a.m. local time, the plane crashed.",
        "2015-11-04",
        &[("Oct. 31", "DATE", "2015-10-31"), ("6:45 a.m. local time", "TIME", "2015-10-31T06:45")],
    ),
    (
        "The raid started at 3 a.m. Moscow time on Saturday.",
        "2015-11-04",
        &[("3 a.m. Moscow time", "TIME", "2015-10-31T03:00"), ("Saturday", "DATE", "2015-10-31")],
    ),
    (
        "The offer expires at 5:00 p.m., New York City time, on December 18, 2015.",
        "2015-11-04",
        &[("5:00 p.m.", "TIME", "2015-12-18T17:00"), ("December 18, 2015", "DATE", "2015-12-18")],
    ),
    // With no verb to tell the tense (a schedule), a weekday is the nearest one, on either side.
    (
        "Friday at 10 a.m., Saturday at 11 a.m.",
        "2015-11-04",
        &[
            ("Friday", "DATE", "2015-11-06"),
            ("10 a.m.", "TIME", "2015-11-06T10:00"),
            ("Saturday", "DATE", "2015-11-07"),
            ("11 a.m.", "TIME", "2015-11-07T11:00"),
        ],
    ),
    (
        "Pre-orders open Friday; City host Westbridge on Saturday night. Monday, a record.",
        "2015-11-11",
        &[
            ("Friday", "DATE", "2015-11-13"),
            ("Saturday night", "TIME", "2015-11-14TNI"),
            ("Monday", "DATE", "2015-11-09"),
        ],
    ),
    (
        "The truce took effect at midnight (2200 GMT) on Friday.",
        "2015-11-04",
        &[
            ("midnight", "TIME", "2015-10-30T24:00"),
            ("2200 GMT", "TIME", "2015-10-30T22:00"),
            ("Friday", "DATE", "2015-10-30"),
        ],
    ),
    ("He will leave at 4 in the morning.", "2000-04-05", &[("4 in the morning", "TIME", "2000-04-05T04:00")]),
    // A part of the day after a clock time sets its hour and its day.
    (
        "The train leaves at a quarter to nine tonight; polls close at 9:30 this evening.",
        "2015-09-15",
        &[("a quarter to nine tonight", "TIME", "2015-09-15T20:45"), ("9:30 this evening", "TIME", "2015-09-15T21:30")],
    ),
    (
        "They met at 10 p.m. Tuesday night and at 3 o'clock tomorrow afternoon.",
        "2015-09-17",
        &[
            ("10 p.m. Tuesday night", "TIME", "2015-09-15T22:00"),
            ("3 o'clock tomorrow afternoon", "TIME", "2015-09-18T15:00"),
        ],
    ),
    ("Posted 10.14 GMT; it rose 10.14 points.", "2015-12-05", &[("10.14 GMT", "TIME", "2015-12-05T10:14")]),
    ("It ends at 11 at night.", "2000-04-05", &[("11 at night", "TIME", "2000-04-05T23:00")]),
    // "the night of" a named day: the TimeML corpora mark the day alone; a part of the day that names no day
    // after it keeps its own span.
    (
        "He was shot on the night of Oct. 23; she left on the morning of Friday, and on the night of the vote.",
        "1998-11-21",
        &[("Oct. 23", "DATE", "1998-10-23"), ("Friday", "DATE", "1998-11-20"), ("the night", "TIME", "1998-11-20TNI")],
    ),
    // A part of the day takes the day after one or two nouns and "on" ("the morning rush hour on Wednesday"),
    // not after a clause ("he left on").
    (
        "The bridge collapsed during the morning rush hour on Wednesday. The afternoon session on Friday was cut. \
         In the afternoon he left on Monday.",
        "2025-11-20",
        &[
            ("the morning", "TIME", "2025-11-19TMO"),
            ("Wednesday", "DATE", "2025-11-19"),
            ("The afternoon", "TIME", "2025-11-14TAF"),
            ("Friday", "DATE", "2025-11-14"),
            ("the afternoon", "TIME", "2025-11-14TAF"),
            ("Monday", "DATE", "2025-11-17"),
        ],
    ),
    // A live blog that runs newest first crosses midnight back to the day before.
    (
        "01:50 The governor concedes.\n\n00:40 The challenger leads.\n\n23:55 Polls close in the west.",
        "2026-11-20",
        &[
            ("01:50", "TIME", "2026-11-20T01:50"),
            ("00:40", "TIME", "2026-11-20T00:40"),
            ("23:55", "TIME", "2026-11-19T23:55"),
        ],
    ),
    // Durations.
    ("Jets struck over the past 24 hours.", "2015-10-10", &[("the past 24 hours", "DURATION", "PT24H")]),
    ("At least 12 people died in the past day.", "2015-10-10", &[("the past day", "DURATION", "P1D")]),
    ("It was the last day of the talks.", "2015-10-10", &[]),
    ("Their four-year-long confrontation ended.", "2015-11-03", &[("four-year-long", "DURATION", "P4Y")]),
    ("In three days we managed it.", "2015-10-03", &[("three days", "DURATION", "P3D")]),
    ("It lasted a decade.", "2015-10-03", &[("a decade", "DURATION", "P10Y")]),
    ("Prices have risen over the past decade.", "2015-10-03", &[("the past decade", "DURATION", "P10Y")]),
    ("Prices rose in the last decade.", "2015-10-03", &[("the last decade", "DATE", "200")]),
    ("He spent a year and a half in prison.", "2015-10-03", &[("a year and a half", "DURATION", "P1Y6M")]),
    (
        "Shares doubled over the past year and a half and may rise over the next month and a half.",
        "2015-10-03",
        &[("the past year and a half", "DURATION", "P1Y6M"), ("the next month and a half", "DURATION", "P1M15D")],
    ),
    ("He spent 3 1/2 years in prison.", "2015-10-03", &[("3 1/2 years", "DURATION", "P3Y6M")]),
    ("He spent three and a half years in prison.", "2015-10-03", &[("three and a half years", "DURATION", "P3Y6M")]),
    ("Talks lasted two-and-a-half hours.", "2015-10-03", &[("two-and-a-half hours", "DURATION", "PT2H30M")]),
    ("It will be over within a week.", "2015-10-03", &[("a week", "DURATION", "P1W")]),
    ("It took 2 1/2 years.", "2015-10-03", &[("2 1/2 years", "DURATION", "P2Y6M")]),
    ("It took a minute and a half.", "2015-10-03", &[("a minute and a half", "DURATION", "PT1M30S")]),
    // A count that opens a name is no length of time; a headline's count stays one.
    ("The Thirty Years' War ended in 1648.", "2015-01-01", &[("1648", "DATE", "1648")]),
    ("It began before the Six-Day War.", "2015-01-01", &[]),
    ("Jets Strike For Three Days Running", "2015-01-01", &[("Three Days", "DURATION", "P3D")]),
    // So does a season or a one-word holiday before a capitalized word with no reading.
    ("The Summer Olympics open in Paris, near Fall River.", "2015-01-01", &[]),
    ("Christmas Island lies south of Java.", "2015-01-01", &[]),
    ("On Christmas Day Pope Francis spoke.", "2015-01-01", &[("Christmas Day", "DATE", "2014-12-25")]),
    ("In summer Paris empties.", "2015-07-20", &[("summer", "DATE", "2015-SU")]),
    // "The next year," opening a sentence tells of the year after the one told of; elsewhere it is a length.
    (
        "The war began in 1939. The next year, France fell.",
        "2015-01-01",
        &[("1939", "DATE", "1939"), ("The next year", "DATE", "1940")],
    ),
    ("Over the next year, sales will grow.", "2015-01-01", &[("the next year", "DURATION", "P1Y")]),
    // Half a unit, counted in the next smaller one; no time in "half a million" or "half of the year".
    ("It took half an hour.", "2015-10-03", &[("half an hour", "DURATION", "PT30M")]),
    ("The truce held for half a day.", "2015-10-03", &[("half a day", "DURATION", "PT12H")]),
    ("Prices stalled for half a year.", "2015-10-03", &[("half a year", "DURATION", "P6M")]),
    ("He waited a half hour.", "2015-10-03", &[("a half hour", "DURATION", "PT30M")]),
    ("A half-hour program aired.", "2015-10-03", &[("half-hour", "DURATION", "PT30M")]),
    ("Half a century ago the treaty was signed.", "2015-10-03", &[("Half a century ago", "DATE", "1965")]),
    // A count back with a half is counted in the smaller unit that counts it whole: years, or months from the
    // time of speaking; a day and a half back is the day before.
    (
        "A century and a half ago the bridge was built. A decade and a half ago it was rebuilt. Two and a half \
         years ago it shut. A day and a half ago it reopened.",
        "2026-11-22",
        &[
            ("A century and a half ago", "DATE", "1876"),
            ("A decade and a half ago", "DATE", "2011"),
            ("Two and a half years ago", "DATE", "2024-05"),
            ("A day and a half ago", "DATE", "2026-11-21"),
        ],
    ),
    (
        "He left in 2019. A year and a half earlier he had arrived.",
        "2026-11-22",
        &[("2019", "DATE", "2019"), ("A year and a half earlier", "DATE", "2018")],
    ),
    ("Half a million people left; half of the town stayed.", "2015-10-03", &[]),
    ("It ran for nearly forty years.", "2015-10-03", &[("nearly forty years", "DURATION", "P40Y")]),
    ("It lasts no more than sixty days.", "2015-10-03", &[("no more than sixty days", "DURATION", "P60D")]),
    // "Over" before a count is "more than", except after a length, which it spreads across the count.
    (
        "It took over two days; the jury deliberated for 10 hours over two days.",
        "2015-10-03",
        &[("over two days", "DURATION", "P2D"), ("10 hours", "DURATION", "PT10H"), ("two days", "DURATION", "P2D")],
    ),
    ("It has grown in recent years.", "2015-10-03", &[("recent years", "DURATION", "PXY")]),
    ("It went on for years.", "2015-10-03", &[("years", "DURATION", "PXY")]),
    ("Prices may fall in the weeks ahead.", "2015-10-03", &[("the weeks ahead", "DURATION", "PXW")]),
    (
        "In the first hours of the war, 500 were taken; in the early years it grew.",
        "1991-03-01",
        &[("the first hours", "DURATION", "PTXH"), ("the early years", "DURATION", "PXY")],
    ),
    ("Profit rose in the first nine months.", "1989-10-25", &[("the first nine months", "DURATION", "P9M")]),
    ("He joined about two years ago.", "2015-10-03", &[("two years ago", "DATE", "2013")]),
    ("Three days later, talks resumed.", "2015-10-03", &[("Three days", "DURATION", "P3D")]),
    // Sets.
    ("Trains leave every Monday.", "2015-10-03", &[("every Monday", "SET", "XXXX-WXX-1")]),
    ("Jets fly each night.", "2015-10-03", &[("each night", "SET", "XXXX-XX-XXTNI")]),
    // A night without its day, told in the past on the day of speaking, is the night that ended that morning
    // (TIMEX3 writes it as the night of the day before); ahead, it is the coming night; after a day named
    // close before, that day's night.
    (
        "At least 40 homes were destroyed overnight. Rebels shelled the town during the night. Temperatures \
         will drop overnight. The fire jumped the highway late Wednesday and destroyed 12 homes overnight.",
        "2026-08-13",
        &[
            ("overnight", "TIME", "2026-08-12TNI"),
            ("the night", "TIME", "2026-08-12TNI"),
            ("overnight", "TIME", "2026-08-13TNI"),
            ("late Wednesday", "DATE", "2026-08-12"),
            ("overnight", "TIME", "2026-08-12TNI"),
        ],
    ),
    ("Tourists come every summer.", "2015-10-03", &[("every summer", "SET", "XXXX-SU")]),
    ("Rallies were held daily.", "2015-10-03", &[("daily", "SET", "P1D")]),
    ("It may be extended for an additional year.", "2015-10-03", &[("an additional year", "DURATION", "P1Y")]),
    ("They stayed two extra weeks.", "2015-10-03", &[("two extra weeks", "DURATION", "P2W")]),
    ("It ended a decades-long feud.", "2015-10-03", &[("decades-long", "DURATION", "PXDE")]),
    ("After a month-long siege they left.", "2015-10-03", &[("month-long", "DURATION", "P1M")]),
    ("He began a several-year tenure.", "2015-10-03", &[("several-year", "DURATION", "PXY")]),
    ("The fee is paid annually.", "2015-10-03", &[("annually", "SET", "P1Y")]),
    ("Few people write letters these days.", "2015-10-03", &[("these days", "DATE", "PRESENT_REF")]),
    ("It meets twice a week.", "2015-10-03", &[("twice a week", "SET", "P1W")]),
    (
        "It closes in a matter of days; within a matter of hours it was a matter of time.",
        "2015-10-03",
        &[("a matter of days", "DURATION", "PXD"), ("a matter of hours", "DURATION", "PTXH")],
    ),
    ("It meets every other week.", "2015-10-03", &[("every other week", "SET", "P2W")]),
    (
        "Every few years the river floods; he calls every several days, and has for a few years.",
        "2015-10-03",
        &[("Every few years", "SET", "PXY"), ("every several days", "SET", "PXD"), ("a few years", "DURATION", "PXY")],
    ),
    // A prefix before a word of frequency halves or doubles its period.
    (
        "The dividend is paid semi-annually, the newsletter appears bi-weekly and the board meets bi-monthly.",
        "2015-10-03",
        &[("semi-annually", "SET", "P6M"), ("bi-weekly", "SET", "P2W"), ("bi-monthly", "SET", "P2M")],
    ),
    ("They vote once every four years.", "2015-10-03", &[("once every four years", "SET", "P4Y")]),
    ("It is checked once a year.", "2015-10-03", &[("once a year", "SET", "P1Y")]),
    ("It opens each July.", "2015-10-03", &[("each July", "SET", "XXXX-07")]),
    // References.
    ("Prices are now higher.", "2015-10-03", &[("now", "DATE", "PRESENT_REF")]),
    ("It happened recently.", "2015-10-03", &[("recently", "DATE", "PAST_REF")]),
    ("It may change in the future.", "2015-10-03", &[("the future", "DATE", "FUTURE_REF")]),
    (
        "Prices may fall in the near term and rise in the long term.",
        "2015-10-03",
        &[("the near term", "DATE", "FUTURE_REF"), ("the long term", "DATE", "FUTURE_REF")],
    ),
    ("Prices rose several years ago.", "2015-10-03", &[("several years ago", "DATE", "PAST_REF")]),
    // A past verb right before a time tells what has happened: no time ahead ("Jan." in November is the one
    // before), where a plan told in the past may name one ("agreed to sell it in January").
    (
        "Cases rose in January and peaked at the end of January; the plant closed on Dec. 5.",
        "2015-11-20",
        &[("January", "DATE", "2015-01"), ("the end of January", "DATE", "2015-01"), ("Dec. 5", "DATE", "2014-12-05")],
    ),
    ("The firm agreed to sell the unit in January.", "2015-11-20", &[("January", "DATE", "2016-01")]),
    // A day just ahead stays ahead: the anchor may be a little early.
    ("The talks ran Nov. 30 in Vienna.", "2015-11-22", &[("Nov. 30", "DATE", "2015-11-30")]),
    (
        "The talks were put off to a later date; details follow at a future time. He came a day later.",
        "2015-10-03",
        &[
            ("a later date", "DATE", "FUTURE_REF"),
            ("a future time", "DATE", "FUTURE_REF"),
            ("a day", "DURATION", "P1D"),
        ],
    ),
    // Without a document date, what is known.
    ("On October 7, ships fired.", "", &[("October 7", "DATE", "XXXX-10-07")]),
    ("He said Tuesday it was over.", "", &[("Tuesday", "DATE", "XXXX-WXX-2")]),
    // With no document date, a month without its year is in the year of the time mentioned last, if any.
    (
        "Sales rose in March 2015. In April, they fell.",
        "",
        &[("March 2015", "DATE", "2015-03"), ("April", "DATE", "2015-04")],
    ),
    // Traps: nothing to tag.
    ("Jets hit 2,084 targets.", "2015-10-03", &[]),
    ("Su-24M and Su-34 jets dropped KAB-500 bombs and H-29L missiles.", "2015-10-03", &[]),
    ("Title 17 U.S.C. Section 107 applies.", "2015-10-03", &[]),
    // A number after a noun of reference is no year.
    (
        "Call 101 quoting reference 1234. File Form 1040 by the deadline. Leave at junction 2012. Use code 2020.",
        "2026-11-22",
        &[],
    ),
    ("The bill, H.R. 1319, passed; under SB 1047 and RFC 1149, nothing.", "2015-10-03", &[]),
    (
        "Microsoft sold Windows 2000 through a venture called Orion 1980 in 2015.",
        "2015-10-03",
        &[("2015", "DATE", "2015")],
    ),
    ("The NASA 2020 budget rose.", "2015-10-03", &[("2020", "DATE", "2020")]),
    ("TROOPS LEFT BY 1850, RECORDS SHOW", "2015-10-03", &[("1850", "DATE", "1850")]),
    // Abbreviated units after a count; "the SEC" and "the HR department" stay words.
    (
        "Posted 5 mins ago: he has been held for 48 hrs, 2 wks after a 3-yr term. The SEC and the HR office said.",
        "2015-10-03",
        &[
            ("5 mins ago", "DATE", "2015-10-03"),
            ("48 hrs", "DURATION", "PT48H"),
            ("2 wks", "DURATION", "P2W"),
            ("3-yr", "DURATION", "P3Y"),
        ],
    ),
    // A superlative after "the" makes a month a month; a preposition after "the biggest March" a march.
    (
        "The busiest August on record strained the system. The biggest March on Washington drew crowds.",
        "2026-11-22",
        &[("August", "DATE", "2026-08")],
    ),
    ("May God help us.", "2015-10-03", &[]),
    // A month that is no other word opens a sentence as a month; one before a name is a first name.
    (
        "October sales rose. November was worse. January Jones spoke. March on! June Carter sang. August \
         heat hit.",
        "2015-12-03",
        &[("October", "DATE", "2015-10"), ("November", "DATE", "2015-11")],
    ),
    ("They will march on the capital.", "2015-10-03", &[]),
    ("Theresa May spoke.", "2015-10-03", &[]),
    ("It cost $1.5 million.", "2015-10-03", &[]),
    ("The index closed at 2082.1 points.", "2015-10-03", &[]),
    ("The 6-year-old boy is 37 years old.", "2015-10-03", &[]),
    ("Iraq imports three-quarters of its food.", "2015-10-03", &[]),
    ("Prices are expected to fall further; the group began to fall apart.", "2015-10-03", &[]),
    (
        "It pays $1.76 a year, adds 700 seats a week and runs 24 hours a day.",
        "2015-10-03",
        &[("24 hours a day", "SET", "P1D")],
    ),
    ("The quarterly dividend and the annual meeting.", "2015-10-03", &[]),
    ("Call 555-1234 today.", "2015-10-03", &[("today", "DATE", "2015-10-03")]),
    // A year with a number glued on by a dash that makes no range is a code; one with a month's two digits
    // is that month, as ISO 8601 writes it.
    ("Bags with lot codes 2025-0415 through 2025-0422 and case 2019-1234 were pulled.", "2025-03-04", &[]),
    (
        "Sales rose in 2025-03 and fell in 1998-12.",
        "2025-04-04",
        &[("2025-03", "DATE", "2025-03"), ("1998-12", "DATE", "1998-12")],
    ),
    ("The 2010-11 season opened.", "2015-10-03", &[("2010", "DATE", "2010"), ("11", "DATE", "2011")]),
    // A title after an acronym, or after a name in a sentence, names a paper; in capitals, or in a headline, it
    // is the day.
    ("USA Today reported it first.", "2015-10-03", &[]),
    ("It appeared in the journal Neurology Today on Wednesday.", "2015-10-03", &[("Wednesday", "DATE", "2015-09-30")]),
    ("TALKS RESUME TODAY", "2015-10-03", &[("TODAY", "DATE", "2015-10-03")]),
    ("Talks Resume Today", "2015-10-03", &[("Today", "DATE", "2015-10-03")]),
    // A bare plural of any unit after "for" or "within", before "later" or "earlier", or before "before" or
    // "after" that end the clause; not before "after" or "before" with an object.
    ("Crowds waited for hours outside the court.", "2015-10-12", &[("hours", "DURATION", "PTXH")]),
    ("Officials expect a decision within minutes.", "2015-10-12", &[("minutes", "DURATION", "PTXM")]),
    ("The rebels retreated hours later.", "2015-10-12", &[("hours", "DURATION", "PTXH")]),
    ("Weeks earlier, the talks had stalled.", "2015-10-12", &[("Weeks", "DURATION", "PXW")]),
    // Before "than", "earlier" compares, as "later" does: the count is a length.
    (
        "The season ends three weeks earlier than last year.",
        "2015-10-12",
        &[("three weeks", "DURATION", "P3W"), ("last year", "DATE", "2014")],
    ),
    ("Months after the flood, families are homeless.", "2015-10-12", &[]),
    (
        "Days before, the senator had resigned; he had left years before.",
        "2015-10-12",
        &[("Days", "DURATION", "PXD"), ("years", "DURATION", "PXY")],
    ),
    ("The business hours are short.", "2015-10-12", &[]),
    // Clock times in words; minutes before "to" need "minutes" or "quarter", and no count after the hour.
    ("They met at five o'clock.", "2015-10-14", &[("five o'clock", "TIME", "2015-10-14T05:00")]),
    ("The meeting starts at half past two.", "2015-10-14", &[("half past two", "TIME", "2015-10-14T02:30")]),
    ("He left at a quarter to five.", "2015-10-14", &[("a quarter to five", "TIME", "2015-10-14T04:45")]),
    ("It was five minutes to midnight.", "2015-10-14", &[("five minutes to midnight", "TIME", "2015-10-14T23:55")]),
    (
        "At ten past nine in the evening the lights went out.",
        "2015-10-14",
        &[("ten past nine in the evening", "TIME", "2015-10-14T21:10")],
    ),
    ("Ten to twelve people were hurt.", "2015-10-14", &[]),
    ("Two past presidents attended.", "2015-10-14", &[]),
    ("It costs a quarter to a half of the budget.", "2015-10-14", &[]),
    // A day of the month alone after a preposition that places or bounds it, after a weekday, or after "of"
    // that follows a part of the day; a range of two such days holds together.
    ("Payment is due by the 15th.", "2015-10-12", &[("the 15th", "DATE", "2015-10-15")]),
    ("He has been missing since the 2nd.", "2015-10-12", &[("the 2nd", "DATE", "2015-10-02")]),
    ("The vote was moved to Monday the 5th.", "2015-10-12", &[("Monday the 5th", "DATE", "2015-10-05")]),
    (
        "On the evening of the 5th, the ceasefire collapsed.",
        "2015-10-12",
        &[("the evening", "TIME", "2015-10-05TEV"), ("the 5th", "DATE", "2015-10-05")],
    ),
    (
        "The fair will run from the 28th to the 3rd.",
        "2015-10-12",
        &[("the 28th", "DATE", "2015-10-28"), ("the 3rd", "DATE", "2015-11-03")],
    ),
    (
        "The fair ran from the 28th to the 3rd.",
        "2015-10-12",
        &[("the 28th", "DATE", "2015-09-28"), ("the 3rd", "DATE", "2015-10-03")],
    ),
    (
        "The festival runs from the 3rd to the 9th.",
        "2015-10-12",
        &[("the 3rd", "DATE", "2015-10-03"), ("the 9th", "DATE", "2015-10-09")],
    ),
    // An abbreviated month stands alone with its period, not as a bare word that may be a name.
    ("The plant closed in Sept. after a fire.", "2015-10-12", &[("Sept.", "DATE", "2015-09")]),
    ("Jan Smith said Feb figures were weak.", "2015-10-12", &[]),
    // "the week before", "the month before" alone count from the time mentioned before, as "the day before".
    (
        "The talks collapsed on Oct. 3. The week after, fighting resumed.",
        "2015-10-14",
        &[("Oct. 3", "DATE", "2015-10-03"), ("The week after", "DATE", "2015-W41")],
    ),
    (
        "In March, prices fell. The month before, they had risen.",
        "2015-10-14",
        &[("March", "DATE", "2015-03"), ("The month before", "DATE", "2015-02")],
    ),
    ("The week before the vote was tense.", "2015-10-14", &[]),
    ("She finished the race in the 5th.", "2015-10-12", &[]),
    ("It was celebrated for the 20th time.", "2015-10-12", &[]),
    (
        "It held for a second straight day; he ran for a second time and won a second term. Wait a second.",
        "2015-10-12",
        &[("a second", "DURATION", "PT1S")],
    ),
    // A day of a counted month: by its number, or by its place among the month's weekdays.
    ("Rent is due on the 30th of this month.", "2026-11-18", &[("the 30th of this month", "DATE", "2026-11-30")]),
    ("The deadline is the first of next month.", "2026-11-18", &[("the first of next month", "DATE", "2026-12-01")]),
    (
        "The derby is on the last Sunday of the month.",
        "2026-11-18",
        &[("the last Sunday of the month", "DATE", "2026-11-29")],
    ),
    (
        "Talks began in October. The vote came on the 14th of the month.",
        "2026-11-18",
        &[("October", "DATE", "2026-10"), ("the 14th of the month", "DATE", "2026-10-14")],
    ),
    ("He won the first of this month's two races.", "2026-11-18", &[("this month", "DATE", "2026-11")]),
    (
        "Talks resume in the first week of next month.",
        "2026-11-18",
        &[("the first week of next month", "DATE", "2026-12")],
    ),
    // A month after a possessive determiner, as after a possessive "'s"; "its" gives no age.
    (
        "The bank raised rates at its December meeting; their January report follows.",
        "2026-11-18",
        &[("December", "DATE", "2026-12"), ("January", "DATE", "2027-01")],
    ),
    ("They joined their March on Washington.", "2026-11-18", &[]),
    ("The band in its 90s heyday toured; a man in his 90s died.", "2026-11-18", &[("90s", "DATE", "199")]),
    (
        "Interest is paid semiannually and rent fortnightly.",
        "2026-11-18",
        &[("semiannually", "SET", "P6M"), ("fortnightly", "SET", "P2W")],
    ),
    // "mid" joined to a unit in one word, as with a hyphen.
    (
        "Rain clears by midweek; the budget is due at midyear.",
        "2026-11-18",
        &[("midweek", "DATE", "2026-W47"), ("midyear", "DATE", "2026")],
    ),
    // A decade without its century soon after a word for readings on a scale is a band of the readings.
    ("Highs will be in the upper 80s, with lows in the 60s.", "2026-11-18", &[]),
    ("Temperatures will dip into the twenties.", "2026-11-18", &[]),
    ("The band was famous in the 90s.", "2026-11-18", &[("the 90s", "DATE", "199")]),
    // The word for the readings may stand further back in the same sentence, not in the one before.
    (
        "Highs on Thanksgiving Day will reach the mid-50s. Lows across the north of the state will fall into the 20s.",
        "2026-11-18",
        &[("Thanksgiving Day", "DATE", "2026-11-26")],
    ),
    ("Temperatures fell. In the 70s, the town grew.", "2026-11-18", &[("the 70s", "DATE", "197")]),
    // "The year to March", "the week to Friday": a length up to the time named, as "the year ended" is.
    (
        "Profit for the year to March rose; the fund gained in the year through June and fell in the week to Friday.",
        "2026-11-22",
        &[
            ("the year", "DURATION", "P1Y"),
            ("March", "DATE", "2026-03"),
            ("the year", "DURATION", "P1Y"),
            ("June", "DATE", "2026-06"),
            ("the week", "DURATION", "P1W"),
            ("Friday", "DATE", "2026-11-20"),
        ],
    ),
    // A chronology's stamps run on from the day that its first stamp gives, to the next day after midnight.
    (
        "4:10 a.m. Wednesday: Sensors record a drop.\n11:50 p.m.: The county orders an evacuation.\n\
         12:20 a.m.: Boats leave.",
        "2026-03-12",
        &[
            ("4:10 a.m. Wednesday", "TIME", "2026-03-11T04:10"),
            ("11:50 p.m.", "TIME", "2026-03-11T23:50"),
            ("12:20 a.m.", "TIME", "2026-03-12T00:20"),
        ],
    ),
    (
        "Exports fell in the fortnight to Nov. 6.",
        "2026-11-22",
        &[("the fortnight", "DURATION", "P2W"), ("Nov. 6", "DATE", "2026-11-06")],
    ),
    (
        "They moved it from the week to Friday; they spent the year to prepare.",
        "2026-11-22",
        // The time that a move sets lies ahead.
        &[("Friday", "DATE", "2026-11-27")],
    ),
    // "noon" or "midnight" after 12 tells which twelve: one time.
    (
        "The ceremony starts at 12:00 noon and ends at 12 midnight.",
        "2026-11-18",
        &[("12:00 noon", "TIME", "2026-11-18T12:00"), ("12 midnight", "TIME", "2026-11-18T24:00")],
    ),
    // A month and day joined by a slash, without a year, after a preposition that places a day.
    (
        "The app was updated on 11/17; prices have risen since 3/15 and the sale runs until 17/11.",
        "2026-11-18",
        &[("11/17", "DATE", "2026-11-17"), ("3/15", "DATE", "2026-03-15"), ("17/11", "DATE", "2026-11-17")],
    ),
    ("Life changed after 9/11. He hit on 2/3 of his shots and the ratio fell to 3/5.", "2026-11-18", &[]),
    // So after a word of publication or another form of it, a parenthesis perhaps between; not a ratio.
    (
        "Update (11/29): The road has reopened.\nPosted 11/28 by staff. She shot 11/29 from the field.",
        "2026-12-01",
        &[("11/29", "DATE", "2026-11-29"), ("11/28", "DATE", "2026-11-28")],
    ),
    // A day or a holiday takes a year counted after it, as a month does ("March last year").
    (
        "It opened on Oct. 7 last year, before Christmas last year; the law took effect on 1 April this year.",
        "2026-11-18",
        &[
            ("Oct. 7 last year", "DATE", "2025-10-07"),
            ("Christmas last year", "DATE", "2025-12-25"),
            ("1 April this year", "DATE", "2026-04-01"),
        ],
    ),
    (
        "On March 3 last year's champion won again.",
        "2026-11-18",
        &[("March 3", "DATE", "2026-03-03"), ("last year", "DATE", "2025")],
    ),
    // "financial year" is the fiscal year; "financial" before anything else names no period.
    (
        "The scheme closes at the end of this financial year; the tax rises next financial year.",
        "2026-11-18",
        &[("the end of this financial year", "DATE", "2026"), ("next financial year", "DATE", "2027")],
    ),
    ("The financial crisis of 2008 hit its financial 2026 results.", "2026-11-18", &[("2008", "DATE", "2008")]),
    // The week that a day begins, as the week of the day.
    (
        "Figures for the week commencing 9 November show a rise; results come in the week beginning 23 November.",
        "2026-11-18",
        &[
            ("the week commencing 9 November", "DATE", "2026-W46"),
            ("the week beginning 23 November", "DATE", "2026-W48"),
        ],
    ),
    // More present forms that report what is scheduled: the nearest such day.
    (
        "Tickets go on sale Friday; the show airs Saturday and the season kicks off Thursday.",
        "2026-11-18",
        &[("Friday", "DATE", "2026-11-20"), ("Saturday", "DATE", "2026-11-21"), ("Thursday", "DATE", "2026-11-19")],
    ),
    // Every half of a unit: the next smaller unit counted.
    (
        "The bus runs every half hour and the ferry every half-day.",
        "2026-11-18",
        &[("every half hour", "SET", "PT30M"), ("every half-day", "SET", "PT12H")],
    ),
    // Noon or midnight that starts a range of clock times takes the end's day (midnight the day before's end).
    (
        "Voting ran from noon to 8 p.m. Tuesday; the curfew ran from midnight to 6 a.m. Friday.",
        "2026-11-18",
        &[
            ("noon", "TIME", "2026-11-17T12:00"),
            ("8 p.m. Tuesday", "TIME", "2026-11-17T20:00"),
            ("midnight", "TIME", "2026-11-12T24:00"),
            ("6 a.m. Friday", "TIME", "2026-11-13T06:00"),
        ],
    ),
    // An hour with neither a.m. nor p.m. before a part of the day past noon is in that part.
    (
        "He was last seen at 7:30 on Sunday evening and left at 9:15 that night, not 2:30 that night.",
        "2026-11-18",
        &[
            ("7:30", "TIME", "2026-11-15T19:30"),
            ("Sunday evening", "TIME", "2026-11-15TEV"),
            ("9:15", "TIME", "2026-11-15T21:15"),
            ("that night", "TIME", "2026-11-15TNI"),
            ("2:30", "TIME", "2026-11-15T02:30"),
            ("that night", "TIME", "2026-11-15TNI"),
        ],
    ),
    // "hours" after a part of the day is inside it; the day after it, with "of" or a space between, is its day.
    (
        "Firefighters arrived in the early morning hours of Tuesday; the attack came in the evening hours Sunday.",
        "2026-11-18",
        &[
            ("the early morning hours", "TIME", "2026-11-17TMO"),
            ("Tuesday", "DATE", "2026-11-17"),
            ("the evening hours", "TIME", "2026-11-15TEV"),
            ("Sunday", "DATE", "2026-11-15"),
        ],
    ),
    // "over" after a word the lexicon does not know spans the time; after one it knows it compares.
    (
        "The debt must be repaid over 30 years; it was his first visit in over a decade, just over an hour long.",
        "2026-11-18",
        &[
            ("30 years", "DURATION", "P30Y"),
            ("over a decade", "DURATION", "P10Y"),
            ("over an hour", "DURATION", "PT1H"),
        ],
    ),
    // A suffix on a number followed by a dash or a quote outside ASCII is still a suffix.
    (
        "The offer runs 1st\u{2013}14th December; in the 1990s\u{2019} boom and the 80s\u{2014}a decade.",
        "2026-11-18",
        &[
            ("1st", "DATE", "2026-12-01"),
            ("14th December", "DATE", "2026-12-14"),
            ("the 1990s", "DATE", "199"),
            ("the 80s", "DATE", "198"),
            ("a decade", "DURATION", "P10Y"),
        ],
    ),
    ("The bell rang at 9 o\u{2019}clock.", "2026-11-18", &[("9 o\u{2019}clock", "TIME", "2026-11-18T09:00")]),
    // Ordinals joined before the plural "quarters": each a quarter of the year after the plural.
    (
        "Profit rose in the third and fourth quarters of 2025; the first, second and third quarters were strong.",
        "2026-11-18",
        &[
            ("third", "DATE", "2025-Q3"),
            ("fourth quarters of 2025", "DATE", "2025-Q4"),
            ("first", "DATE", "2026-Q1"),
            ("second", "DATE", "2026-Q2"),
            ("third quarters", "DATE", "2026-Q3"),
        ],
    ),
    ("Sales fell in the first two quarters.", "2026-11-18", &[("the first two quarters", "DURATION", "P2Q")]),
    // A month, quarter or season without its year in a clause of habit recurs.
    (
        "It usually reports in July and the second and fourth quarters; snow usually falls in winter, not in March.",
        "2026-11-18",
        &[
            ("July", "SET", "XXXX-07"),
            ("second", "SET", "XXXX-Q2"),
            ("fourth quarters", "SET", "XXXX-Q4"),
            ("winter", "SET", "XXXX-WI"),
            ("March", "DATE", "2027-03"),
        ],
    ),
    // Text written in lowercase: a name that is no other word keeps its reading; "may" and "sat" do not.
    (
        "see you monday, we met on nov 3rd. we may go. we sat down. tuesday night was wild.",
        "2026-11-20",
        &[
            ("monday", "DATE", "2026-11-16"),
            ("nov 3rd", "DATE", "2026-11-03"),
            ("tuesday night", "TIME", "2026-11-17TNI"),
        ],
    ),
    // A weekday abbreviated alone: after a preposition that places a day, or before a part of the day; one
    // that is also a word only with its period.
    (
        "The vote is on Tues, the rally on Wed. and the fair on Sun at the park. Thurs night was wild.",
        "2026-11-20",
        &[("Tues", "DATE", "2026-11-24"), ("Wed.", "DATE", "2026-11-25"), ("Thurs night", "TIME", "2026-11-19TNI")],
    ),
    // Day words spelled as in messages.
    (
        "see u tmrw, it was fun yday. party tonite!",
        "2026-11-20",
        &[("tmrw", "DATE", "2026-11-21"), ("yday", "DATE", "2026-11-19"), ("tonite", "TIME", "2026-11-20TNI")],
    ),
    // Four digits with a leading zero after a preposition that places a time: the military clock; not a
    // phone number.
    (
        "The curfew runs from 0600 to 0900. Call 0800 123 456 at 0800 123 456.",
        "2026-11-20",
        &[("0600", "TIME", "2026-11-20T06:00"), ("0900", "TIME", "2026-11-20T09:00")],
    ),
    // Holidays of the Hebrew and the (tabular) Islamic calendars, and the Orthodox Easter.
    (
        "Markets shut for Yom Kippur and Eid al-Adha. Passover 2025 was quiet; Orthodox Easter 2024 was late.",
        "2026-11-20",
        &[
            ("Yom Kippur", "DATE", "2026-09-21"),
            ("Eid al-Adha", "DATE", "2026-05-27"),
            ("Passover 2025", "DATE", "2025-04-13"),
            ("Orthodox Easter 2024", "DATE", "2024-05-05"),
        ],
    ),
    // A holiday of more than one word after "the" and before a capitalized word opens a name.
    (
        "The Yom Kippur War began in 1973. Markets shut for Yom Kippur.",
        "2026-11-20",
        &[("1973", "DATE", "1973"), ("Yom Kippur", "DATE", "2026-09-21")],
    ),
    // British weekday forms: "Monday week", "a week on Monday", "Tuesday next", "Friday last".
    (
        "The hearing is on Monday week, the vote a week on Monday. We meet Tuesday next. He left Friday last.",
        "2026-11-20",
        &[
            ("Monday week", "DATE", "2026-11-30"),
            ("a week on Monday", "DATE", "2026-11-30"),
            ("Tuesday next", "DATE", "2026-11-24"),
            ("Friday last", "DATE", "2026-11-13"),
        ],
    ),
    // "the early hours", "the small hours": the start of the morning; not the first hours of an event.
    (
        "The fire broke out in the small hours of Sunday. In the early hours of the truce, shots rang out.",
        "2026-11-20",
        &[("the small hours", "TIME", "2026-11-15TMO"), ("Sunday", "DATE", "2026-11-15")],
    ),
    // A month and day joined by a slash after a weekday.
    (
        "It was filed on Thursday 19/11. The match is on Saturday, 21/11.",
        "2026-11-20",
        &[("Thursday 19/11", "DATE", "2026-11-19"), ("Saturday, 21/11", "DATE", "2026-11-21")],
    ),
    // "around", "circa" and "c." belong to the span; "about" stays outside.
    (
        "Police said the men entered the store around 7:15 p.m.",
        "1998-02-12",
        &[("around 7:15 p.m.", "TIME", "1998-02-12T19:15")],
    ),
    ("The sale is expected to close around Nov. 1.", "1989-10-20", &[("around Nov. 1", "DATE", "1989-11-01")]),
    (
        "The church was built c. 1450 and restored circa 1900.",
        "2026-11-22",
        &[("c. 1450", "DATE", "1450"), ("circa 1900", "DATE", "1900")],
    ),
    (
        "The crowd gathered at about 10:35 a.m. and stayed for about three hours.",
        "1998-08-07",
        &[("10:35 a.m.", "TIME", "1998-08-07T10:35"), ("three hours", "DURATION", "PT3H")],
    ),
    (
        "Sales peak around Christmas, but they tried to get around Wednesday's ruling.",
        "2026-11-22",
        &[("around Christmas", "DATE", "2026-12-25"), ("Wednesday", "DATE", "2026-11-18")],
    ),
    // The present tense of news names a coming weekday, except yesterday's.
    (
        "The law takes effect Monday, and the company reports results on Thursday.",
        "2026-11-18",
        &[("Monday", "DATE", "2026-11-23"), ("Thursday", "DATE", "2026-11-19")],
    ),
    (
        "Tickets go on sale Friday at 10 a.m.",
        "2026-11-22",
        &[("Friday", "DATE", "2026-11-27"), ("10 a.m.", "TIME", "2026-11-27T10:00")],
    ),
    ("The minister could not be reached Saturday.", "2026-11-22", &[("Saturday", "DATE", "2026-11-21")]),
    // "this Monday" follows the tense: ahead under a future, behind under a past.
    (
        "The council will vote this Monday; the vote is this Friday.",
        "2026-11-22",
        &[("this Monday", "DATE", "2026-11-23"), ("this Friday", "DATE", "2026-11-27")],
    ),
    ("This Monday, the council voted to close it.", "2026-11-22", &[("This Monday", "DATE", "2026-11-16")]),
    // A stopwatch's reading is no clock time, nor is a reading taken "in" something or joined to a word by a
    // hyphen (a target); a clock's "in 1:30 p.m. trading" is.
    (
        "She finished in 2:04:31, a course record; he ran the mile in 3:59.4 at 7:30 p.m.",
        "2026-11-22",
        &[("7:30 p.m.", "TIME", "2026-11-22T19:30")],
    ),
    (
        "My goal is a sub-3:30 marathon. The 9:30-10:30 slot is free.",
        "2026-11-22",
        &[("9:30", "TIME", "2026-11-22T09:30"), ("10:30", "TIME", "2026-11-22T10:30")],
    ),
    (
        "Two years ago I ran this course in 3:41. In 1:30 p.m. trading, shares fell.",
        "2026-11-22",
        &[("Two years ago", "DATE", "2024"), ("1:30 p.m.", "TIME", "2026-11-22T13:30")],
    ),
    (
        "The quake struck at 14:05:30 local time, and the winner had a time of 1:05:02.",
        "2026-11-22",
        &[("14:05:30 local time", "TIME", "2026-11-22T14:05")],
    ),
    // A month's name joined to its day and year by dashes or slashes, in any order.
    (
        "Filed Nov-20-2026, amended 2026-Dec-01 and Jan/04/27; prices in Jan-2026 rose.",
        "2027-02-01",
        &[
            ("Nov-20-2026", "DATE", "2026-11-20"),
            ("2026-Dec-01", "DATE", "2026-12-01"),
            ("Jan/04/27", "DATE", "2027-01-04"),
            ("Jan-2026", "DATE", "2026-01"),
        ],
    ),
    ("Ref: Nov-20-ABC and form May-20-2026x.", "2026-11-22", &[]),
    // A month that is also a word, in lowercase, is a month before a year only.
    (
        "it happened in march 2020, and since august 1998 we may meet in march.",
        "2026-11-22",
        &[("march 2020", "DATE", "2020-03"), ("august 1998", "DATE", "1998-08")],
    ),
    // Dots join the day first, unless only the month can come first.
    (
        "Posted on 11.22.2026, updated on 7.10.2026.",
        "2026-11-22",
        &[("11.22.2026", "DATE", "2026-11-22"), ("7.10.2026", "DATE", "2026-10-07")],
    ),
    // "over the next decade" is a length of time, as "over the next year" is; "in the next decade" a date.
    (
        "Over the next decade, the city will grow; in the next decade, prices will rise.",
        "2026-11-22",
        &[("the next decade", "DURATION", "P10Y"), ("the next decade", "DATE", "203")],
    ),
    // A range of weekdays with clock times or parts of the day holds together: the end after the start.
    (
        "The Met Office has issued a warning valid from 6pm Monday until 9am Tuesday.",
        "2026-11-22",
        &[("6pm Monday", "TIME", "2026-11-23T18:00"), ("9am Tuesday", "TIME", "2026-11-24T09:00")],
    ),
    (
        "The service will be suspended from 11 p.m. Friday until 5 a.m. Monday.",
        "2026-11-22",
        &[("11 p.m. Friday", "TIME", "2026-11-27T23:00"), ("5 a.m. Monday", "TIME", "2026-11-30T05:00")],
    ),
    (
        "The shop was shut from Friday night to Monday morning.",
        "2026-11-22",
        &[("Friday night", "TIME", "2026-11-13TNI"), ("Monday morning", "TIME", "2026-11-16TMO")],
    ),
    // "the weekend" under the present tense is the coming one.
    ("The shop opens at the weekend.", "2026-11-18", &[("the weekend", "DATE", "2026-W47-WE")]),
    // "could" names the nearest such day on either side, where the present looks ahead.
    ("The minister could not be reached Wednesday.", "2026-11-20", &[("Wednesday", "DATE", "2026-11-18")]),
    // A month and a year joined by a dash may end a sentence.
    ("Prices rose in Jan-2026.", "2026-11-22", &[("Jan-2026", "DATE", "2026-01")]),
    // "low", "upper" and "high" before a decade's numeral make a level on a scale, not a decade of years.
    (
        "Expect readings in the low 30s by Friday, the upper-20s at night and the high twenties later.",
        "2026-11-22",
        &[("Friday", "DATE", "2026-11-27")],
    ),
    ("Prices were higher in the 90s.", "2026-11-22", &[("the 90s", "DATE", "199")]),
    // "beginning", "end" and "start" with no "of" before a day are verbs; before a month they may be its edge.
    (
        "The festival runs ten days beginning the last Friday in July; output will rise from end June.",
        "2026-11-22",
        &[
            ("ten days", "DURATION", "P10D"),
            ("the last Friday in July", "DATE", "2027-07-30"),
            ("end June", "DATE", "2027-06"),
        ],
    ),
    // "a week" after a word that looks plural is a rate ("700 seats a week"), not before "after" or "before".
    (
        "The ruling comes a fortnight after the election; flights a week before Christmas are full.",
        "2026-11-22",
        &[("a fortnight", "DURATION", "P2W"), ("a week", "DURATION", "P1W"), ("Christmas", "DATE", "2026-12-25")],
    ),
    // "the three months to September": a period that is reported ends there, done, when no verb says it is
    // ahead; "to" alone with no tense is a deadline.
    (
        "The figures cover the three months to September. The loan runs to September.",
        "2026-11-22",
        &[("the three months", "DURATION", "P3M"), ("September", "DATE", "2026-09"), ("September", "DATE", "2027-09")],
    ),
    (
        "Growth in the year to March will be 2%.",
        "2026-11-22",
        &[("the year", "DURATION", "P1Y"), ("March", "DATE", "2027-03")],
    ),
    // A unit's letter glued to its count is read before "ago" only, as web pages stamp a post's age.
    (
        "Updated 12h ago | 3d ago | 5mo ago; a 3D printer sold 24M units.",
        "2026-11-22",
        &[("12h ago", "DATE", "2026-11-22"), ("3d ago", "DATE", "2026-11-19"), ("5mo ago", "DATE", "2026-06")],
    ),
    // "the 1800s" is a century; "the 2000s" stays a decade.
    (
        "The late 1800s saw rapid growth; by the mid-1900s it had slowed, and since the early 2000s it has risen.",
        "2026-11-22",
        &[("The late 1800s", "DATE", "18"), ("the mid-1900s", "DATE", "19"), ("the early 2000s", "DATE", "200")],
    ),
    // A day or a weekday of every month is a set.
    (
        "Bills are due on the 15th of every month; the market is held on the second Saturday of each month.",
        "2026-11-22",
        &[("the 15th of every month", "SET", "XXXX-XX-15"), ("the second Saturday of each month", "SET", "P1M")],
    ),
    // A range of clock times takes the end's day, noon or midnight at its end too; one that runs past
    // midnight starts the day before.
    (
        "He was last seen between 10pm and midnight on 14 November; roads closed from 10pm to 6am on Friday.",
        "2026-11-22",
        &[
            ("10pm", "TIME", "2026-11-14T22:00"),
            ("midnight", "TIME", "2026-11-14T24:00"),
            ("14 November", "DATE", "2026-11-14"),
            ("10pm", "TIME", "2026-11-19T22:00"),
            ("6am", "TIME", "2026-11-20T06:00"),
            ("Friday", "DATE", "2026-11-20"),
        ],
    ),
    // Two clock times on one weekday, the end later than the start, are on one day.
    (
        "Open from 9am to 5pm on Saturday.",
        "2026-11-22",
        &[("9am", "TIME", "2026-11-21T09:00"), ("5pm", "TIME", "2026-11-21T17:00"), ("Saturday", "DATE", "2026-11-21")],
    ),
    // A weekday beside a yearless date chooses its year, ahead too when no tense is found.
    (
        "Curfew runs to 5 a.m. on Monday, March 15.",
        "2026-11-22",
        &[("5 a.m.", "TIME", "2027-03-15T05:00"), ("Monday, March 15", "DATE", "2027-03-15")],
    ),
    // A range of counts joined by a dash: the span starts at the first count, the value is the second.
    (
        "Symptoms appear 2-14 days after exposure; recovery takes 3-5 days, or 12-18 months; call 555-1234 today.",
        "2026-11-22",
        &[
            ("2-14 days", "DURATION", "P14D"),
            ("3-5 days", "DURATION", "P5D"),
            ("12-18 months", "DURATION", "P18M"),
            ("today", "DATE", "2026-11-22"),
        ],
    ),
    // A bare plural after "in" that ends its clause is an unspecified length of time.
    (
        "It was the worst drought in decades; shares hit their lowest in months. It will pass in years to come.",
        "2026-11-22",
        &[("decades", "DURATION", "PXDE"), ("months", "DURATION", "PXM")],
    ),
    // A plural noun after a number makes it a count, not after a preposition of time before a number that no
    // count rounds.
    (
        "Emissions fell from 2005 levels and returned to 2019 levels; the army sent 2000 troops in 1500 trucks.",
        "2026-11-22",
        &[("2005", "DATE", "2005"), ("2019", "DATE", "2019")],
    ),
    // The second count of a range is bounded as the first is: no wrap past u32 ("4294967301" is not 5).
    ("It took 3-4294967301 days.", "2026-11-22", &[]),
    // A word of intent with its object before the infinitive plans ahead: "expect rates to rise in March"
    // written in November is the March to come.
    (
        "Analysts expect rates to rise in March; they expect the Fed to act in January.",
        "2026-11-22",
        &[("March", "DATE", "2027-03"), ("January", "DATE", "2027-01")],
    ),
    // Present forms of wanting and needing plan ahead with an infinitive after them.
    (
        "The party needs to win the seat in May; the union hopes to reach a deal in March.",
        "2026-11-22",
        &[("May", "DATE", "2027-05"), ("March", "DATE", "2027-03")],
    ),
    // A plural weekend after "on" or "at", a plural part of the day after "in the": every one of them.
    (
        "The museum opens on weekends; he jogs in the mornings. In the mornings of that week, fog came.",
        "2026-11-22",
        &[("weekends", "SET", "P1W"), ("the mornings", "SET", "XXXX-XX-XXTMO"), ("that week", "DATE", "2026-W47")],
    ),
    // "the new year" names the year that its New Year's Day opens: the one ahead late in a year, the one
    // begun early in it. "New Year's Eve" keeps its day; "Lunar New Year" is a day of its own, a new moon's;
    // "the New Year Honours" is another name.
    (
        "Talks resume in the new year; fireworks on New Year's Eve; the Lunar New Year; the New Year Honours list.",
        "2026-11-22",
        &[
            ("the new year", "DATE", "2027"),
            ("New Year's Eve", "DATE", "2026-12-31"),
            ("Lunar New Year", "DATE", "2027-02-06"),
        ],
    ),
    ("Since the new year, sales have risen.", "2026-01-22", &[("the new year", "DATE", "2026")]),
    // "final", "closing" and "opening" mark a period's edge as "last" and "first" do, before plural units
    // "of" a period.
    (
        "Sales rose in the final weeks of the year and the closing days of October; the opening months of 2026 were quiet.",
        "2026-11-22",
        &[
            ("the final weeks of the year", "DATE", "2026"),
            ("the closing days of October", "DATE", "2026-10"),
            ("the opening months of 2026", "DATE", "2026"),
        ],
    ),
    // A time after "later than" or "earlier than" is compared as a time; "than" before a number elsewhere
    // compares amounts.
    (
        "The line opens no later than 2028; work started no earlier than June; more than 2000 people came.",
        "2026-11-22",
        &[("2028", "DATE", "2028"), ("June", "DATE", "2026-06")],
    ),
    // An equative: "as recently as 2019" dates by the time after it ("recently" is no time of its own), and
    // a month alone after "as early as" is a month.
    (
        "As recently as 2019 the plant was open; the law could pass as early as March; as many as 2000 died.",
        "2026-11-22",
        &[("2019", "DATE", "2019"), ("March", "DATE", "2027-03")],
    ),
    // An amount word before a four-digit number right before its verb makes a count; a year keeps its
    // subject after it.
    (
        "About 2000 died; at least 1500 were arrested; up to 1800 could lose jobs. Around 2010 the trend reversed.",
        "2026-11-22",
        &[("Around 2010", "DATE", "2010")],
    ),
    // A present clause about a season means the nearer one, as for a month.
    ("The plant opens in the spring.", "2026-11-22", &[("the spring", "DATE", "2027-SP")]),
    ("The plant opened in the spring.", "2026-11-22", &[("the spring", "DATE", "2026-SP")]),
    // "o'clock" keeps an hour on the clock face: before a part of the day past noon it is in that part.
    (
        "The vote was held at 10 o'clock last night.",
        "2026-11-22",
        &[("10 o'clock", "TIME", "2026-11-21T22:00"), ("last night", "TIME", "2026-11-21TNI")],
    ),
    // Noon and midnight take a zone after them, and the day after the zone.
    (
        "Officials brief reporters at noon ET Thursday.",
        "2026-11-22",
        &[("noon ET Thursday", "TIME", "2026-11-19T12:00")],
    ),
    (
        "The deadline passed at midnight Eastern time.",
        "2026-11-22",
        &[("midnight Eastern time", "TIME", "2026-11-22T24:00")],
    ),
    // An hour after "at" before a part of a named day is a time on that day ("at 5 last year" is none).
    (
        "He called at 7 this morning and will call at 8 tomorrow evening. At 5 last year, he moved.",
        "2026-11-22",
        &[
            ("7 this morning", "TIME", "2026-11-22T07:00"),
            ("8 tomorrow evening", "TIME", "2026-11-23T20:00"),
            ("last year", "DATE", "2025"),
        ],
    ),
    // "last" after a modal, "will", "to" or a relative pronoun is the verb: the count after it is a length.
    (
        "The eclipse will last 4 minutes; the strike is expected to last three days; the company, which last week said so, grew in the last 24 hours.",
        "2026-11-22",
        &[
            ("4 minutes", "DURATION", "PT4M"),
            ("three days", "DURATION", "P3D"),
            ("last week", "DATE", "2026-W46"),
            ("the last 24 hours", "DURATION", "PT24H"),
        ],
    ),
    // The nth day of something, said in the present, is today; in the past it names no known day.
    (
        "It is the second day of the offensive. It's the third straight day of protests. It was the third day of the siege.",
        "2026-11-22",
        &[("the second day", "DATE", "2026-11-22"), ("the third straight day", "DATE", "2026-11-22")],
    ),
    // "the full year", "the whole year": the year of the report, whatever year was named last.
    (
        "By 2030 it aims to lead the market. It forecast an increase for the full year.",
        "2026-11-22",
        &[("2030", "DATE", "2030"), ("the full year", "DATE", "2026")],
    ),
    // A fiscal year is the one under discussion: the year of speaking is no fiscal year.
    (
        "Results for the fourth quarter of fiscal 2027 beat forecasts. For the full fiscal year, it expects growth.",
        "2026-11-19",
        &[("the fourth quarter of fiscal 2027", "DATE", "2027-Q4"), ("the full fiscal year", "DATE", "2027")],
    ),
    // A kind of day, month or year between a count and its plural unit; "a calendar year" is a kind of year.
    (
        "Refunds take five business days, or 10 working days; the index rose for eight trading days. It moved to a calendar year.",
        "2026-11-22",
        &[
            ("five business days", "DURATION", "P5D"),
            ("10 working days", "DURATION", "P10D"),
            ("eight trading days", "DURATION", "P8D"),
        ],
    ),
    // A two-digit year is not put more than ten years after the anchor outside a future clause.
    (
        "The summer of '69 was hot. The plant will close in '45. Back in '99, prices were lower.",
        "2026-11-22",
        &[("The summer of '69", "DATE", "1969-SU"), ("'45", "DATE", "2045"), ("'99", "DATE", "1999")],
    ),
    // A season word that is also a verb is the verb after "to", a modal or "will", even before a year.
    (
        "Prices are expected to fall next year; rents will fall in 2027 and could spring back later this year.",
        "2026-11-22",
        &[("next year", "DATE", "2027"), ("2027", "DATE", "2027"), ("later this year", "DATE", "2026")],
    ),
    // A fiscal year after "the" and a shift word is the year of accounts named, not a year's length.
    (
        "Sales fell in the past fiscal year and the last financial year; they will rise in the next fiscal year.",
        "2026-11-22",
        &[
            ("the past fiscal year", "DATE", "2025"),
            ("the last financial year", "DATE", "2025"),
            ("the next fiscal year", "DATE", "2027"),
        ],
    ),
    // A bare day after "on" stays a day before "after", "before" or "until", which it cannot count.
    (
        "Flights will resume on the 15th after a two-week halt; it happened on the 4th before dawn. She lives on the 14th at the end of the hall.",
        "2026-11-22",
        &[("the 15th", "DATE", "2026-12-15"), ("two-week", "DURATION", "P2W"), ("the 4th", "DATE", "2026-11-04")],
    ),
    // School, academic and tax years are kinds of year, as fiscal and financial ones are.
    (
        "Enrollment fell this school year; the reforms take effect at the start of the next academic year and apply from the next tax year.",
        "2026-11-22",
        &[
            ("this school year", "DATE", "2026"),
            ("the start of the next academic year", "DATE", "2027"),
            ("the next tax year", "DATE", "2027"),
        ],
    ),
    // "The fiscal year" alone names the year under discussion, as "the year" does; a number after it names
    // the year itself.
    (
        "Earnings will be lower for the fiscal year. The fiscal year 2027 budget passed.",
        "1989-11-02",
        &[("the fiscal year", "DATE", "1989"), ("fiscal year 2027", "DATE", "2027")],
    ),
    // A forecast ("likely", "unlikely", "possible") looks ahead, as "expected" does; a past verb nearer the day
    // still tells of the past.
    (
        "Snow is likely on Saturday and storms are possible Tuesday. He likely left on Friday.",
        "2026-11-22",
        &[("Saturday", "DATE", "2026-11-28"), ("Tuesday", "DATE", "2026-11-24"), ("Friday", "DATE", "2026-11-20")],
    ),
    // A month that ends a calendar quarter, or the quarter's three months, before "quarter" name that quarter;
    // another month names a fiscal quarter of no known calendar, and stays a month.
    (
        "Output grew in the July-September quarter; Apple reports its December quarter Thursday. Sales rose in the July quarter.",
        "2026-11-22",
        &[
            ("the July-September quarter", "DATE", "2026-Q3"),
            ("December quarter", "DATE", "2026-Q4"),
            ("Thursday", "DATE", "2026-11-26"),
            ("July", "DATE", "2026-07"),
        ],
    ),
    // Two weekdays joined by "to" are a range, put in order: the end after the start in the present, the
    // start before the end in the past.
    (
        "The museum is open Tuesday to Sunday. The strike lasted Thursday to Tuesday.",
        "2026-11-20",
        &[
            ("Tuesday", "DATE", "2026-11-24"),
            ("Sunday", "DATE", "2026-11-29"),
            ("Thursday", "DATE", "2026-11-12"),
            ("Tuesday", "DATE", "2026-11-17"),
        ],
    ),
    // An adverb of the edge before "in" and a year, a month or a decade named joins them, as it joins "the year"
    // (the year at the head of the sentence frames the month after it).
    (
        "Early in 1942 the Japanese took Singapore; late in March the fleet sailed. It peaked early in the 1990s.",
        "1999-11-19",
        &[
            ("Early in 1942", "DATE", "1942"),
            ("late in March", "DATE", "1942-03"),
            ("early in the 1990s", "DATE", "199"),
        ],
    ),
    // So do "later" and "earlier", without a mod.
    (
        "Later in 2015 prices rose; earlier in March they had fallen.",
        "2016-11-19",
        &[("Later in 2015", "DATE", "2015"), ("earlier in March", "DATE", "2015-03")],
    ),
    // A year at the head of a sentence ("Last year, ...", "In 2019 ...", "Two years ago, ...") frames a month or a
    // date without its year in a past clause after it, though the month ahead is nearer.
    (
        "Last year, the fire burned 30,000 acres in the county over two weeks in September. In 2019 the river \
         flooded the town in October. Two years ago, the storm hit the coast on Nov. 3.",
        "2026-08-13",
        &[
            ("Last year", "DATE", "2025"),
            ("two weeks", "DURATION", "P2W"),
            ("September", "DATE", "2025-09"),
            ("2019", "DATE", "2019"),
            ("October", "DATE", "2019-10"),
            ("Two years ago", "DATE", "2024"),
            ("Nov. 3", "DATE", "2024-11-03"),
        ],
    ),
    // So in a clause that no word puts in a tense ("cut" may be either).
    (
        "Last year, the company cut its forecast twice, in August and again in November.",
        "2026-11-19",
        &[("Last year", "DATE", "2025"), ("August", "DATE", "2025-08"), ("November", "DATE", "2025-11")],
    ),
    // Not a clause ahead, a year later in the sentence, one inside it, or the year of speaking (the tense
    // places the month then).
    (
        "Last year, the company said it will open a plant in September. Sales rose 3% last year, and they fell in \
         October. The firm, founded in 2019, closed in October. This year, the plant closed in December.",
        "2026-08-13",
        &[
            ("Last year", "DATE", "2025"),
            ("September", "DATE", "2026-09"),
            ("last year", "DATE", "2025"),
            ("October", "DATE", "2025-10"),
            ("2019", "DATE", "2019"),
            ("October", "DATE", "2025-10"),
            ("This year", "DATE", "2026"),
            ("December", "DATE", "2025-12"),
        ],
    ),
    // A month after a past verb and its object was when the act was done, not the month ahead; a verb that
    // arranges a happening may date it ahead.
    (
        "The regulator opened an investigation in January. The union called a strike on Dec. 10.",
        "2026-11-18",
        &[("January", "DATE", "2026-01"), ("Dec. 10", "DATE", "2026-12-10")],
    ),
    // So after the object and the phrases that follow it; not after "to" and a verb.
    (
        "Police arrested two men in connection with the robbery in December. The firm agreed to sell its unit \
         in the city in December.",
        "2025-11-10",
        &[("December", "DATE", "2024-12"), ("December", "DATE", "2025-12")],
    ),
    // A word that puts the object before ("an earlier offer", "a previous bid") is part of it, as is "from"
    // with what it came from.
    (
        "Greenway rejected an earlier approach from Harvest in January. It turned down a previous bid in January.",
        "2026-11-16",
        &[("January", "DATE", "2026-01"), ("January", "DATE", "2026-01")],
    ),
    // A happening arranged for a time is at the nearest such time, on either side.
    (
        "Judge Alison Park set sentencing for March 12. The trial was set for Nov. 2 and opened that day.",
        "2026-11-23",
        &[("March 12", "DATE", "2027-03-12"), ("Nov. 2", "DATE", "2026-11-02"), ("that day", "DATE", "2026-11-02")],
    ),
    // A state ordered for a time, a participle after the object of a verb that orders it, holds at the nearest
    // such time, on either side; a past verb after a verb of saying keeps the past.
    (
        "The governor declared an emergency on Monday and ordered schools closed Wednesday and Thursday. He \
         directed state offices closed on Friday. Officials said the river crested Thursday.",
        "2026-09-15",
        &[
            ("Monday", "DATE", "2026-09-14"),
            ("Wednesday", "DATE", "2026-09-16"),
            ("Thursday", "DATE", "2026-09-17"),
            ("Friday", "DATE", "2026-09-18"),
            ("Thursday", "DATE", "2026-09-10"),
        ],
    ),
    // A range of weekdays beside a range of clock times is the hours of every week; a range of weekdays alone
    // is one week's days, and one weekday with hours is a day.
    (
        "Call 1-800-555-0142, Monday through Friday, 8 a.m. to 5 p.m. Pacific Time. Lines are open 8am-6pm, \
         Monday-Friday. Schools will be closed Monday through Friday. The bank opens Saturday, 10 a.m. to 2 p.m.",
        "2026-11-19",
        &[
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("8 a.m.", "TIME", "XXXX-XX-XXT08:00"),
            ("5 p.m. Pacific Time", "TIME", "XXXX-XX-XXT17:00"),
            ("8am", "TIME", "XXXX-XX-XXT08:00"),
            ("6pm", "TIME", "XXXX-XX-XXT18:00"),
            ("Monday", "SET", "XXXX-WXX-1"),
            ("Friday", "SET", "XXXX-WXX-5"),
            ("Monday", "DATE", "2026-11-23"),
            ("Friday", "DATE", "2026-11-27"),
            ("Saturday", "DATE", "2026-11-21"),
            ("10 a.m.", "TIME", "2026-11-21T10:00"),
            ("2 p.m.", "TIME", "2026-11-21T14:00"),
        ],
    ),
    // A range of clock times beside "daily" is the hours of every day; alone, or with a day, a day's.
    (
        "The museum is open daily, 10 a.m. to 5 p.m. The desk is staffed 9am-5pm daily. It rained from 10 a.m. to \
         5 p.m. on Tuesday.",
        "2026-11-19",
        &[
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "XXXX-XX-XXT10:00"),
            ("5 p.m.", "TIME", "XXXX-XX-XXT17:00"),
            ("9am", "TIME", "XXXX-XX-XXT09:00"),
            ("5pm", "TIME", "XXXX-XX-XXT17:00"),
            ("daily", "SET", "P1D"),
            ("10 a.m.", "TIME", "2026-11-17T10:00"),
            ("5 p.m.", "TIME", "2026-11-17T17:00"),
            ("Tuesday", "DATE", "2026-11-17"),
        ],
    ),
    // So is one clock time beside it, "at" perhaps between; not one before "Daily" opening the next sentence.
    (
        "Builds run nightly at 02:00 UTC. Trains leave at 6am daily. Prices rose at 9 a.m. Daily checks resume.",
        "2026-11-19",
        &[
            ("nightly", "SET", "P1D"),
            ("02:00 UTC", "TIME", "XXXX-XX-XXT02:00"),
            ("6am", "TIME", "XXXX-XX-XXT06:00"),
            ("daily", "SET", "P1D"),
            ("9 a.m.", "TIME", "2026-11-19T09:00"),
            ("Daily", "SET", "P1D"),
        ],
    ),
    // A year named with its kind takes the article, unless it modifies the next word: "the 1990 fiscal year",
    // "the fiscal year 1991", against "the 2027 tax year rules".
    (
        "Profits rose in the 1990 fiscal year and in the fiscal year 1991; the 2027 tax year rules apply.",
        "2026-11-21",
        &[
            ("the 1990 fiscal year", "DATE", "1990"),
            ("the fiscal year 1991", "DATE", "1991"),
            ("2027 tax year", "DATE", "2027"),
        ],
    ),
    // So much of every larger unit is a set of that unit, as TimeML reads "three days every month": "24 hours
    // a day", "seven days a week".
    (
        "The plant runs 24 hours a day, seven days a week.",
        "2026-11-20",
        &[("24 hours a day", "SET", "P1D"), ("seven days a week", "SET", "P1W")],
    ),
    // A page's stamp sets a bar, a slash or a dash between the date and the time: the time is on that date.
    (
        "Tues 17 Nov 2026 // 10:22 UTC. Nov 18, 2026 | 9:05 a.m.",
        "2026-11-20",
        &[
            ("Tues 17 Nov 2026", "DATE", "2026-11-17"),
            ("10:22 UTC", "TIME", "2026-11-17T10:22"),
            ("Nov 18, 2026", "DATE", "2026-11-18"),
            ("9:05 a.m.", "TIME", "2026-11-18T09:05"),
        ],
    ),
    // An ISO time in universal time keeps its "Z" in the span.
    (
        "Updated 2026-11-18T07:45:00Z and 2026-11-19T10:05Z.",
        "2026-11-20",
        &[("2026-11-18T07:45:00Z", "TIME", "2026-11-18T07:45"), ("2026-11-19T10:05Z", "TIME", "2026-11-19T10:05")],
    ),
    // "the next", "the past" and "the last" take a range of counts as they take one count.
    (
        "Prices rose over the past two to three years; a decision is due within the next 48 to 72 hours.",
        "2026-11-20",
        &[("the past two to three years", "DURATION", "P3Y"), ("the next 48 to 72 hours", "DURATION", "PT72H")],
    ),
    // A word in -s after "he", "she" or "it" is a present form, which looks ahead as the present does.
    ("He returns on Tuesday.", "2026-11-20", &[("Tuesday", "DATE", "2026-11-24")]),
    ("He returns from suspension for the game on the 28th.", "2026-11-20", &[("the 28th", "DATE", "2026-11-28")]),
    // A weekday named in the future on its own weekday is that day, as news names the day of writing.
    ("The president will speak Thursday.", "2026-11-19", &[("Thursday", "DATE", "2026-11-19")]),
    (
        "The storm is expected to make landfall Sunday or Monday.",
        "2026-11-22",
        &[("Sunday", "DATE", "2026-11-22"), ("Monday", "DATE", "2026-11-23")],
    ),
    // Weekdays joined by "and" or "or" follow one another as written, unless nearer together the other way.
    (
        "The storm is expected to make landfall late Saturday or early Sunday.",
        "2026-11-22",
        &[("late Saturday", "DATE", "2026-11-28"), ("early Sunday", "DATE", "2026-11-29")],
    ),
    (
        "The talks were held Monday and Tuesday.",
        "2026-11-23",
        &[("Monday", "DATE", "2026-11-16"), ("Tuesday", "DATE", "2026-11-17")],
    ),
    (
        "Statements were issued Monday, Tuesday and Wednesday.",
        "2026-11-23",
        &[("Monday", "DATE", "2026-11-16"), ("Tuesday", "DATE", "2026-11-17"), ("Wednesday", "DATE", "2026-11-18")],
    ),
    (
        "Following are statements made Friday and Thursday by officials.",
        "2026-11-20",
        &[("Friday", "DATE", "2026-11-20"), ("Thursday", "DATE", "2026-11-19")],
    ),
    // With no tense on either, a list runs on from its first day, each alone the nearest such day (the
    // Friday ahead and the Saturday past, written on a Tuesday).
    (
        "Friday and Saturday: dry and milder.",
        "2026-11-24",
        &[("Friday", "DATE", "2026-11-27"), ("Saturday", "DATE", "2026-11-28")],
    ),
    (
        "He said Monday, Tuesday was a holiday.",
        "2026-11-23",
        &[("Monday", "DATE", "2026-11-23"), ("Tuesday", "DATE", "2026-11-17")],
    ),
    // "until" after a past verb that puts something off is a deadline ahead; after another past verb it ends
    // what is done.
    ("The judge adjourned the hearing until Tuesday.", "2026-11-18", &[("Tuesday", "DATE", "2026-11-24")]),
    ("The truce held through Sunday.", "2026-11-18", &[("Sunday", "DATE", "2026-11-15")]),
    ("The truce held until the weekend.", "2026-11-18", &[("the weekend", "DATE", "2026-W46-WE")]),
    ("He remained in custody until Monday.", "2026-11-18", &[("Monday", "DATE", "2026-11-16")]),
    // A participle after a linking verb is a state, no verb of its own: the clause's tense is the linking
    // verb's, or its future's; a past linking verb and its state before "until" end what is done.
    ("Schools will stay closed until Wednesday.", "2026-11-23", &[("Wednesday", "DATE", "2026-11-25")]),
    ("The bridge remains closed until Wednesday.", "2026-11-23", &[("Wednesday", "DATE", "2026-11-25")]),
    ("Schools stayed closed until Wednesday.", "2026-11-23", &[("Wednesday", "DATE", "2026-11-18")]),
    ("The court gave the parties until Friday to respond.", "2026-11-18", &[("Friday", "DATE", "2026-11-20")]),
    ("The council voted to delay the project until April.", "2026-11-18", &[("April", "DATE", "2027-04")]),
    // A number before a capitalized name that a street noun ends is a house number.
    ("He lives at 1600 Pennsylvania Avenue.", "2026-11-18", &[]),
    ("The address is 1999 Main St. in the old town.", "2026-11-18", &[]),
    ("In 1990 Main Street was paved.", "2026-11-18", &[("1990", "DATE", "1990")]),
    ("The 1990 St. Louis team won the title.", "2026-11-18", &[("1990", "DATE", "1990")]),
    // The article belongs to a day written with "of".
    ("On the 3rd of March 2020, schools closed.", "2026-11-18", &[("the 3rd of March 2020", "DATE", "2020-03-03")]),
    (
        "It ended on the 5th day of October 2015.",
        "2026-11-18",
        &[("the 5th day of October 2015", "DATE", "2015-10-05")],
    ),
    // A part of the day after an hour with "o'clock", or after an hour in words that follows "at", "until" or
    // "by", tells the hour of the day.
    (
        "He arrived at 2 o'clock in the afternoon.",
        "2026-11-18",
        &[("2 o'clock in the afternoon", "TIME", "2026-11-18T14:00")],
    ),
    ("They left at ten in the evening.", "2026-11-18", &[("ten in the evening", "TIME", "2026-11-18T22:00")]),
    ("Two in the morning shift were hurt.", "2026-11-18", &[("the morning", "TIME", "2026-11-18TMO")]),
    // "a year or two" takes a larger count alone, not one that measures something else.
    ("The warranty covers 24 months or 30,000 miles.", "2026-11-18", &[("24 months", "DURATION", "P24M")]),
    ("The plan covers two years and 500 patients.", "2026-11-18", &[("two years", "DURATION", "P2Y")]),
    ("It took a week or two of rest.", "2026-11-18", &[("a week or two", "DURATION", "P1W")]),
    // A passive right before the time tells what happened, as a past verb there does.
    ("The party was held on Christmas Eve.", "2026-11-18", &[("Christmas Eve", "DATE", "2025-12-24")]),
    ("Two soldiers were killed on Dec. 24.", "2026-11-18", &[("Dec. 24", "DATE", "2025-12-24")]),
    // What happened after a time came after it: the time is done too.
    ("The ceasefire collapsed after Dec. 24.", "2026-11-18", &[("Dec. 24", "DATE", "2025-12-24")]),
    ("The ceasefire collapsed after Christmas.", "2026-11-18", &[("Christmas", "DATE", "2025-12-25")]),
    // "the end of the year" in a past clause is the year under discussion; in a present or future one, a
    // year not yet over.
    (
        "Sales rose in 1995. By the end of the year, the firm had 200 stores.",
        "2026-11-18",
        &[("1995", "DATE", "1995"), ("the end of the year", "DATE", "1995")],
    ),
    (
        "During the 1930s, unemployment soared; by the end of the decade it had fallen.",
        "2026-11-18",
        &[("the 1930s", "DATE", "193"), ("the end of the decade", "DATE", "193")],
    ),
    (
        "Prices rose 5% in 2024. Analysts expect further gains by the end of the year.",
        "2026-11-18",
        &[("2024", "DATE", "2024"), ("the end of the year", "DATE", "2026")],
    ),
    // "this March", "this spring" already past are next year's under a present or future tense.
    ("The plant opens this March.", "2026-11-18", &[("this March", "DATE", "2027-03")]),
    ("The plant opened this March.", "2026-11-18", &[("this March", "DATE", "2026-03")]),
    ("The company will report results this spring.", "2026-11-18", &[("this spring", "DATE", "2027-SP")]),
    ("The company will report results this winter.", "2026-11-18", &[("this winter", "DATE", "2026-WI")]),
    // A unit closed up with "long", as AP style writes it, is one such unit.
    (
        "A weeklong festival begins Saturday.",
        "2026-11-18",
        &[("weeklong", "DURATION", "P1W"), ("Saturday", "DATE", "2026-11-21")],
    ),
    ("The yearlong probe ended.", "2026-11-18", &[("yearlong", "DURATION", "P1Y")]),
    // "the present", "the past", "the future" before a noun or a verb they modify are no time.
    ("The present government is weak.", "2026-11-18", &[]),
    ("He described the future attack in detail.", "2026-11-18", &[]),
    (
        "Strikes will continue well into the future if he does not stop.",
        "2026-11-18",
        &[("the future", "DATE", "FUTURE_REF")],
    ),
    // "a second" before a hyphen is an ordinal ("a second-term mayor"); a count in digits before "second" is
    // a length ("a 30-second clip").
    ("The mayor served as a second-term councilman.", "2026-11-18", &[]),
    ("A 30-second clip went viral.", "2026-11-18", &[("30-second", "DURATION", "PT30S")]),
    // "a few more weeks", "several more days": an unspecified span, as "a few weeks".
    ("After a few more weeks, talks resumed.", "2026-11-18", &[("a few more weeks", "DURATION", "PXW")]),
    ("It may take several more months.", "2026-11-18", &[("several more months", "DURATION", "PXM")]),
    // "the first half of the year" is one expression, of the year under discussion; so is "the year" alone,
    // which a clause in the present or the future keeps from a year already over.
    (
        "Sales rose in 2019. In the second half of the year, they fell.",
        "2026-11-18",
        &[("2019", "DATE", "2019"), ("the second half of the year", "DATE", "2019-H2")],
    ),
    (
        "Sales fell in 2024. Profits will rise in the second half of the year.",
        "2026-11-18",
        &[("2024", "DATE", "2024"), ("the second half of the year", "DATE", "2026-H2")],
    ),
    (
        "In 2019 he said elections would be held later that year.",
        "2026-11-18",
        &[("2019", "DATE", "2019"), ("later that year", "DATE", "2019")],
    ),
    // A weekday joined to a recurring weekday recurs too.
    (
        "The gym is open every Monday, Wednesday and Friday.",
        "2026-11-18",
        &[("every Monday", "SET", "XXXX-WXX-1"), ("Wednesday", "SET", "XXXX-WXX-3"), ("Friday", "SET", "XXXX-WXX-5")],
    ),
    (
        "He visits every Sunday, and on Monday he rests.",
        "2026-11-18",
        &[("every Sunday", "SET", "XXXX-WXX-7"), ("Monday", "DATE", "2026-11-23")],
    ),
    // "the next half hour", "the past half century": half a unit after "the next" or "the past".
    ("Stay with us for the next half hour.", "2026-11-18", &[("the next half hour", "DURATION", "PT30M")]),
    ("Over the past half century, the city grew.", "2026-11-18", &[("the past half century", "DURATION", "P50Y")]),
    // An adverb between "will" and the verb leaves the verb an infinitive, under the future.
    ("The two leaders will next meet in June.", "2026-11-18", &[("June", "DATE", "2027-06")]),
    ("The talks would also resume on Tuesday.", "2026-11-18", &[("Tuesday", "DATE", "2026-11-24")]),
    // A zone named by a place of two words and "time".
    ("Markets close at 4 p.m. New York time.", "2026-11-18", &[("4 p.m. New York time", "TIME", "2026-11-18T16:00")]),
    // A weekday with a day of the month and its ordinal suffix, as British usage writes it.
    ("The offer ends on Monday 23rd.", "2026-11-18", &[("Monday 23rd", "DATE", "2026-11-23")]),
    ("We met on Tuesday 3rd.", "2026-11-18", &[("Tuesday 3rd", "DATE", "2026-11-03")]),
    ("Bonfire night is on the 5th November.", "2026-11-18", &[("the 5th November", "DATE", "2026-11-05")]),
    // A bare plural before "ago" is an unspecified length with "ago" inside, as TE3 draws "just months ago".
    ("The deal was signed only days ago.", "2026-11-18", &[("days ago", "DURATION", "PXD")]),
    ("Weeks ago, the talks collapsed.", "2026-11-18", &[("Weeks ago", "DURATION", "PXW")]),
    // "soon" is the future, unnamed; not in "as soon as", "soon after", or beside a past verb.
    ("The budget will soon move into surplus.", "2026-11-18", &[("soon", "DATE", "FUTURE_REF")]),
    ("He was soon released.", "2026-11-18", &[]),
    ("He was killed soon after being captured.", "2026-11-18", &[]),
    ("Leave as soon as possible.", "2026-11-18", &[]),
    // A shift by a unit finer than the time it counts from stays inside that time.
    (
        "Turnout in the 2024 election was low. The previous evening, police had cleared the square.",
        "2026-11-18",
        &[("2024", "DATE", "2024"), ("The previous evening", "TIME", "2024-XX-XXTEV")],
    ),
    (
        "Sales peaked in March. The previous day, police cleared the square.",
        "2026-11-18",
        &[("March", "DATE", "2026-03"), ("The previous day", "DATE", "2026-03-XX")],
    ),
    (
        "The plant closed in 2019. The previous month, it had cut 300 jobs.",
        "2026-11-18",
        &[("2019", "DATE", "2019"), ("The previous month", "DATE", "2019-XX")],
    ),
    // "that weekend" and "the following weekend" count from the time mentioned last, as "that week" does.
    (
        "The storm made landfall on Sept. 28. That weekend, crews restored power.",
        "2026-11-18",
        &[("Sept. 28", "DATE", "2026-09-28"), ("That weekend", "DATE", "2026-W40-WE")],
    ),
    (
        "The storm made landfall on Sept. 28. The following weekend, crews restored power.",
        "2026-11-18",
        &[("Sept. 28", "DATE", "2026-09-28"), ("The following weekend", "DATE", "2026-W40-WE")],
    ),
    (
        "The match was played on Saturday, Oct. 3. The following weekend, the teams met again.",
        "2026-11-18",
        &[("Saturday, Oct. 3", "DATE", "2026-10-03"), ("The following weekend", "DATE", "2026-W41-WE")],
    ),
    // "the night before", "the morning after" standing alone: that part of the day before or after the one
    // mentioned last.
    (
        "The vote took place on Oct. 14, 2025. The night before, the polls had closed early.",
        "2026-11-18",
        &[("Oct. 14, 2025", "DATE", "2025-10-14"), ("The night before", "TIME", "2025-10-13TNI")],
    ),
    (
        "The vote took place on Oct. 14, 2025. The morning after, the results were in.",
        "2026-11-18",
        &[("Oct. 14, 2025", "DATE", "2025-10-14"), ("The morning after", "TIME", "2025-10-15TMO")],
    ),
    // A day with the article before a day that names the month takes that month, as "3 and 4 June" does.
    (
        "The meetings were held on the 3rd and 4th of June.",
        "2026-11-18",
        &[("the 3rd", "DATE", "2026-06-03"), ("4th of June", "DATE", "2026-06-04")],
    ),
    (
        "The talks were held on the 3rd, 4th and 5th of March.",
        "2026-11-18",
        &[("the 3rd", "DATE", "2026-03-03"), ("4th", "DATE", "2026-03-04"), ("5th of March", "DATE", "2026-03-05")],
    ),
    (
        "He arrived on the 3rd and left on the 5th.",
        "2026-11-18",
        &[("the 3rd", "DATE", "2026-11-03"), ("the 5th", "DATE", "2026-11-05")],
    ),
    // A US zone named by its region alone after a clock time, not before a name.
    ("The debate starts at 8 p.m. Eastern.", "2026-11-18", &[("8 p.m. Eastern", "TIME", "2026-11-18T20:00")]),
    (
        "The game starts at 7:30 p.m. Pacific on Sunday.",
        "2026-11-18",
        &[("7:30 p.m. Pacific", "TIME", "2026-11-22T19:30"), ("Sunday", "DATE", "2026-11-22")],
    ),
    ("He boarded the 8 p.m. Eastern Airlines flight.", "2026-11-18", &[("8 p.m.", "TIME", "2026-11-18T20:00")]),
    (
        "The meeting starts at 10 a.m. Central Standard Time.",
        "2026-11-18",
        &[("10 a.m. Central Standard Time", "TIME", "2026-11-18T10:00")],
    ),
    // A holiday's weekend: the weekend beside the day, before a Monday, after a Thursday.
    (
        "Traffic peaked over the Memorial Day weekend.",
        "2026-11-18",
        &[("the Memorial Day weekend", "DATE", "2026-W21-WE")],
    ),
    (
        "Stores will open early on Thanksgiving weekend.",
        "2026-11-18",
        &[("Thanksgiving weekend", "DATE", "2026-W48-WE")],
    ),
    (
        "The parade took place the weekend of Monday, Oct. 12.",
        "2026-11-18",
        &[("the weekend of Monday, Oct. 12", "DATE", "2026-W41-WE")],
    ),
    // "by the end of the day" is a deadline on the day under discussion; "at the end of the day" a figure of speech.
    ("A decision is expected by the end of the day.", "2026-11-18", &[("the end of the day", "DATE", "2026-11-18")]),
    (
        "The vote took place on Oct. 14, 2025. By the end of the day, the count was complete.",
        "2026-11-18",
        &[("Oct. 14, 2025", "DATE", "2025-10-14"), ("the end of the day", "DATE", "2025-10-14")],
    ),
    ("At the end of the day, voters want jobs.", "2026-11-18", &[]),
    // A season or an accounting year written with a slash over two years in a row is a range, as with a dash.
    ("The club signed him for the 2026/27 season.", "2026-11-18", &[("2026", "DATE", "2026"), ("27", "DATE", "2027")]),
    ("The file is dated 2011/12/05.", "2026-11-18", &[("2011/12/05", "DATE", "2011-12-05")]),
    // The Chinese New Year: the day of a new moon, in China's time.
    (
        "The markets closed for the Chinese New Year holiday.",
        "2026-11-18",
        &[("Chinese New Year", "DATE", "2026-02-17")],
    ),
    ("Millions will travel home for Lunar New Year.", "2026-11-18", &[("Lunar New Year", "DATE", "2027-02-06")]),
    // "the last quarter of the year", "the final quarter of 2025": the year's fourth, as "the last quarter of 1989".
    (
        "Growth slowed in the last quarter of the year.",
        "2026-11-18",
        &[("the last quarter of the year", "DATE", "2026-Q4")],
    ),
    ("In the final quarter of 2025, output fell.", "2026-11-18", &[("the final quarter of 2025", "DATE", "2025-Q4")]),
    // "the last weekend of October", "the first weekend of May": the weekend of that month's last or first Saturday.
    (
        "The festival was held on the last weekend of October.",
        "2026-11-18",
        &[("the last weekend of October", "DATE", "2026-W44-WE")],
    ),
    (
        "The fair runs on the second weekend of next month.",
        "2026-11-18",
        &[("the second weekend of next month", "DATE", "2026-W50-WE")],
    ),
    // "early in the week", "late in the year": the period under discussion with its edge; not "late in the day".
    ("The team will meet early in the week.", "2026-11-18", &[("early in the week", "DATE", "2026-W47")]),
    (
        "The vote took place on Oct. 14, 2025. Late in the month, the cabinet fell.",
        "2026-11-18",
        &[("Oct. 14, 2025", "DATE", "2025-10-14"), ("Late in the month", "DATE", "2025-10")],
    ),
    ("Late in the day, the talks ended.", "2026-11-18", &[]),
    // A holiday in a year the calendar does not reach keeps its year.
    ("The Chinese New Year of 1850 was bleak.", "2026-11-18", &[("Chinese New Year of 1850", "DATE", "1850-XX-XX")]),
    // "this December" in a past clause, written in January: the one just over.
    ("This December was the warmest on record.", "2027-01-05", &[("This December", "DATE", "2026-12")]),
    ("This December will be busy.", "2027-01-05", &[("This December", "DATE", "2027-12")]),
    // "per", "every" and "each" as "a" there: "five days per week", "three days every month".
    ("Participants exercised five days per week.", "2026-11-18", &[("five days per week", "SET", "P1W")]),
    ("The team trained three days every month.", "2026-11-18", &[("three days every month", "SET", "P1M")]),
    // A singular noun ending as a plural does is no count's noun: "the 1990 census" names a year.
    ("The 1990 census counted 248 million people.", "2026-11-18", &[("1990", "DATE", "1990")]),
    ("About 2000 buses were sold.", "2026-11-18", &[]),
    // "last February" written in March is the one a year before: the month just over is "last month".
    ("Two helicopters crashed last February.", "1998-03-01", &[("last February", "DATE", "1997-02")]),
    ("The plan was approved last January.", "1998-03-01", &[("last January", "DATE", "1998-01")]),
    // A number no count rounds, after "the" and before a plural noun, is a year: "the 2019 figures".
    ("The 2019 figures were revised.", "2026-11-18", &[("2019", "DATE", "2019")]),
    // So is one after an edge joined by a dash: no count takes one.
    (
        "The mid-2026 targets were cut; late-2025 goals were met.",
        "2025-11-19",
        &[("mid-2026", "DATE", "2026"), ("late-2025", "DATE", "2025")],
    ),
    ("The 2000 troops arrived on Monday.", "2026-11-18", &[("Monday", "DATE", "2026-11-16")]),
    // The first or last day of a counted month or of a year, with the word "day": "the first day of next
    // month", "the last day of the year"; not of a fiscal year, nor of an event.
    (
        "The law takes effect on the first day of next month; the old one lapses on the last day of this month.",
        "2026-11-22",
        &[("the first day of next month", "DATE", "2026-12-01"), ("the last day of this month", "DATE", "2026-11-30")],
    ),
    (
        "The sale ends on the last day of the year, he said, and the final day of 2025 was the busiest.",
        "2026-11-22",
        &[("the last day of the year", "DATE", "2026-12-31"), ("the final day of 2025", "DATE", "2025-12-31")],
    ),
    (
        "Rates rise on the first day of next year; the report came on the last day of February 2024.",
        "2026-11-22",
        &[
            ("the first day of next year", "DATE", "2027-01-01"),
            ("the last day of February 2024", "DATE", "2024-02-29"),
        ],
    ),
    (
        "It was the last day of the talks, and the last day of the fiscal year.",
        "2026-11-22",
        &[("the fiscal year", "DATE", "2026")],
    ),
    // A part of a period by its place: "the early part of next week", "the latter part of the year".
    (
        "Rain will last into the early part of next week; sales rose in the latter part of the year.",
        "2026-11-22",
        &[("the early part of next week", "DATE", "2026-W48"), ("the latter part of the year", "DATE", "2026")],
    ),
    (
        "The middle part of 2025 was dry; the first part of the book is dull.",
        "2026-11-22",
        &[("The middle part of 2025", "DATE", "2025")],
    ),
    // A part of the day alone after "by" or "until", before a mark or a function word.
    (
        "Showers will clear by evening. Stay until morning; they read by morning light.",
        "2026-11-22",
        &[("evening", "TIME", "2026-11-22TEV"), ("morning", "TIME", "2026-11-22TMO")],
    ),
    // A week's or a month's length up to a day, as a year's: "the week ending Nov. 14"; not a week that ended
    // with something.
    (
        "Jobless claims fell in the week ending Nov. 14, and sales rose in the month ended Oct. 31.",
        "2026-11-22",
        &[
            ("the week", "DURATION", "P1W"),
            ("Nov. 14", "DATE", "2026-11-14"),
            ("the month", "DURATION", "P1M"),
            ("Oct. 31", "DATE", "2026-10-31"),
        ],
    ),
    ("The year ended with a rally, and the week ended quietly.", "2026-11-22", &[]),
    // "Final", "closing", "opening" and "latter" place a period only after "the": alone they are participles.
    (
        "Preorders opening today sold out; in the closing weeks of 2025, markets rallied.",
        "2026-11-22",
        &[("today", "DATE", "2026-11-22"), ("the closing weeks of 2025", "DATE", "2025")],
    ),
    // A day with its year counted after "of": "Jan. 25 of that year", "March 3 of the next year".
    (
        "The last shutdown began in 2019 and ended on Jan. 25 of that year; talks ended on March 3 of the next year.",
        "2026-11-20",
        &[
            ("2019", "DATE", "2019"),
            ("Jan. 25 of that year", "DATE", "2019-01-25"),
            ("March 3 of the next year", "DATE", "2020-03-03"),
        ],
    ),
    ("They married on May 5 of this year.", "2026-11-20", &[("May 5 of this year", "DATE", "2026-05-05")]),
    // A part of the day without its day is on the day named just before, whatever word comes before it (a
    // clock time needs a preposition: alone it may be a live blog's stamp).
    (
        "The Senate on Thursday passed the bill hours before a midnight deadline. On Tuesday, talks ran into the night.",
        "2026-11-20",
        &[
            ("Thursday", "DATE", "2026-11-19"),
            ("midnight", "TIME", "2026-11-19T24:00"),
            ("Tuesday", "DATE", "2026-11-17"),
            ("the night", "TIME", "2026-11-17TNI"),
        ],
    ),
    // Not a day ahead of the time of speaking for what is told in the past.
    (
        "The 30-day window closes on Dec. 24. By mid-afternoon, the crowd had thinned. It will end at 5 p.m.",
        "2026-11-24",
        &[
            ("30-day", "DURATION", "P30D"),
            ("Dec. 24", "DATE", "2026-12-24"),
            ("mid-afternoon", "TIME", "2026-11-24TAF"),
            ("5 p.m.", "TIME", "2026-12-24T17:00"),
        ],
    ),
    // The nth day of something set beside a day after a comma is that day.
    (
        "Farmers blocked roads on Monday, the third day of protests; shares fell on Nov. 17, the fifth straight day of losses.",
        "2026-11-23",
        &[
            ("Monday", "DATE", "2026-11-23"),
            ("the third day", "DATE", "2026-11-23"),
            ("Nov. 17", "DATE", "2026-11-17"),
            ("the fifth straight day", "DATE", "2026-11-17"),
        ],
    ),
    ("It happened in 1990, the first day of the war.", "2026-11-23", &[("1990", "DATE", "1990")]),
    // A plan told in the past perfect is over: "had been scheduled for September" is the September past.
    (
        "Sentencing had been scheduled for September; the vote has been scheduled for March.",
        "2026-11-21",
        &[("September", "DATE", "2026-09"), ("March", "DATE", "2027-03")],
    ),
    ("They had planned to meet in March.", "2026-11-21", &[("March", "DATE", "2026-03")]),
    // An adverb of manner between a past verb and the time leaves the event done: "closed early on Christmas
    // Eve" in November is the Christmas Eve before.
    (
        "The market closed early on Christmas Eve; the plant closed briefly in January.",
        "2026-11-22",
        &[("Christmas Eve", "DATE", "2025-12-24"), ("January", "DATE", "2026-01")],
    ),
    // A night of clock times told in the past is the one before the day it is placed on; ahead, the one after.
    (
        "The drones were destroyed between 11 p.m. and 5 a.m.; the road will close from 10 p.m. to 5 a.m.",
        "2026-11-22",
        &[
            ("11 p.m.", "TIME", "2026-11-21T23:00"),
            ("5 a.m.", "TIME", "2026-11-22T05:00"),
            ("10 p.m.", "TIME", "2026-11-22T22:00"),
            ("5 a.m.", "TIME", "2026-11-23T05:00"),
        ],
    ),
    // A century as a hyphened adjective, "the" before it going with the noun.
    (
        "She wrote a 19th-century novel about the 21st-century economy and an early-20th-century house.",
        "2026-11-22",
        &[("19th-century", "DATE", "18"), ("21st-century", "DATE", "20"), ("early-20th-century", "DATE", "19")],
    ),
    // "A couple" before a plural unit counts two, "of" left out.
    (
        "I saw him a couple weeks ago; it lasted a couple hours.",
        "2026-11-22",
        &[("a couple weeks ago", "DATE", "2026-W45"), ("a couple hours", "DURATION", "PT2H")],
    ),
    // "The other day" is a day not long past; not a day of something.
    ("I saw her the other day at the shop.", "2026-11-22", &[("the other day", "DATE", "PAST_REF")]),
    ("The other day of the festival was rainy.", "2026-11-22", &[]),
    // "By end of day": the deadline without its articles, as "by the end of the day"; not "at end of day".
    (
        "I'll send it by end of day. At end of day, it is about trust.",
        "2026-11-22",
        &[("end of day", "DATE", "2026-11-22")],
    ),
    // A weekday with a day of the month alone: the month at hand in which that day falls on that weekday.
    (
        "The vote was on Sunday 4th; the match is on Friday the 4th.",
        "2026-11-10",
        &[("Sunday 4th", "DATE", "2026-10-04"), ("Friday the 4th", "DATE", "2026-12-04")],
    ),
    // A count too large for a calendar, or told only by its size, before "years ago" is some time in the past.
    (
        "Dinosaurs died out 66 million years ago; the Earth formed 4.5 billion years ago; thousands of years ago the ice retreated.",
        "2026-11-22",
        &[
            ("66 million years ago", "DATE", "PAST_REF"),
            ("4.5 billion years ago", "DATE", "PAST_REF"),
            ("thousands of years ago", "DATE", "PAST_REF"),
        ],
    ),
    ("He left years ago.", "2026-11-22", &[("years ago", "DURATION", "PXY")]),
    // Anniversaries: "ten years ago today" is that day, "25 years ago this month" that month.
    (
        "Ten years ago today, the wall fell; the company was founded 25 years ago this month.",
        "2026-11-22",
        &[("Ten years ago today", "DATE", "2016-11-22"), ("25 years ago this month", "DATE", "2001-11")],
    ),
    // ... and "a year ago tomorrow" the day a year before tomorrow.
    (
        "A year ago tomorrow the strike began; two years ago yesterday the plant closed.",
        "2026-11-24",
        &[("A year ago tomorrow", "DATE", "2025-11-25"), ("two years ago yesterday", "DATE", "2024-11-23")],
    ),
    // ... "a decade ago this week" the week that held the day ten years before today.
    (
        "A decade ago this week the plant closed; a year ago this week it reopened, two decades ago today.",
        "2026-11-19",
        &[
            ("A decade ago this week", "DATE", "2016-W46"),
            ("a year ago this week", "DATE", "2025-W47"),
            ("two decades ago today", "DATE", "2006-11-19"),
        ],
    ),
    // ... and "this day in 1989" the day of the year of speaking in the year written ("this day" alone is
    // today; a day the year has not gives the year).
    (
        "On this day in 1989, the wall fell. On this date in 1963, Ruby shot Oswald. On this day, in 1990, \
         Germany reunified. This day is a holiday.",
        "2025-11-09",
        &[
            ("this day in 1989", "DATE", "1989-11-09"),
            ("this date in 1963", "DATE", "1963-11-09"),
            ("this day, in 1990", "DATE", "1990-11-09"),
            ("This day", "DATE", "2025-11-09"),
        ],
    ),
    ("On this day in 2023 the bridge opened.", "2024-02-29", &[("this day in 2023", "DATE", "2023")]),
    // More adverbs of habit: "often", "generally", "historically".
    (
        "The company often reports in July; sales generally peak in December.",
        "2026-11-22",
        &[("July", "SET", "XXXX-07"), ("December", "SET", "XXXX-12")],
    ),
    // An adverb of habit that opens the sentence, set off by a comma, governs all of it.
    (
        "Historically, prices fell in January, but this year they rose in March.",
        "2026-11-22",
        &[("January", "SET", "XXXX-01"), ("this year", "DATE", "2026"), ("March", "DATE", "2026-03")],
    ),
    // A weekday of a week named after it: "Tuesday last week", "Monday next week"; a weekday before it in a
    // range or a list falls in that week too.
    (
        "The vote was on Tuesday last week; the summit runs from Monday to Wednesday next week.",
        "2026-11-22",
        &[
            ("Tuesday last week", "DATE", "2026-11-10"),
            ("Monday", "DATE", "2026-11-23"),
            ("Wednesday next week", "DATE", "2026-11-25"),
        ],
    ),
    (
        "Monday last week's vote was close.",
        "2026-11-22",
        &[("Monday", "DATE", "2026-11-16"), ("last week", "DATE", "2026-W46")],
    ),
    // A weekday told ahead in reported speech ("would", "might") counts from the day of the statement, not of
    // the writing; "will" keeps the time of writing.
    (
        "The ministry said on Saturday that talks would resume on Monday.",
        "2026-11-25",
        &[("Saturday", "DATE", "2026-11-21"), ("Monday", "DATE", "2026-11-23")],
    ),
    (
        "He told reporters Tuesday he would travel to Paris on Thursday.",
        "2026-11-22",
        &[("Tuesday", "DATE", "2026-11-17"), ("Thursday", "DATE", "2026-11-19")],
    ),
    (
        "He told reporters Tuesday he will travel to Paris on Thursday.",
        "2026-11-22",
        &[("Tuesday", "DATE", "2026-11-17"), ("Thursday", "DATE", "2026-11-26")],
    ),
    // A light verb and its bare noun tell what happened as the verb alone does: the day is not put ahead.
    ("The law took effect on January 1.", "2026-11-22", &[("January 1", "DATE", "2026-01-01")]),
    ("The rules took effect Jan. 2.", "2026-11-22", &[("Jan. 2", "DATE", "2026-01-02")]),
    ("The new law went into effect on Jan. 1.", "2026-11-22", &[("Jan. 1", "DATE", "2026-01-01")]),
    ("The treaty came into force January 5.", "2026-11-22", &[("January 5", "DATE", "2026-01-05")]),
    ("Troops opened fire on Jan. 3.", "2026-11-22", &[("Jan. 3", "DATE", "2026-01-03")]),
    ("The storm made landfall on Dec. 28.", "2026-11-22", &[("Dec. 28", "DATE", "2025-12-28")]),
    // An object with its article may be arranged ahead: the past tense's reach stands.
    ("The union called a strike on December 10.", "2026-11-22", &[("December 10", "DATE", "2026-12-10")]),
    ("The law will take effect on January 1.", "2026-11-22", &[("January 1", "DATE", "2027-01-01")]),
    // A slash joins two days in a row as a dash does ("the night of 14/15 April"); not other numbers.
    (
        "On the night of 14/15 April the convoy sailed.",
        "2026-11-22",
        &[("the night", "TIME", "2026-04-14TNI"), ("14", "DATE", "2026-04-14"), ("15 April", "DATE", "2026-04-15")],
    ),
    ("The clinic ran 24/7 in April.", "2026-11-22", &[("April", "DATE", "2026-04")]),
    ("A score of 14/18 came on 2 May.", "2026-11-22", &[("2 May", "DATE", "2026-05-02")]),
    // The week or weekend of a range of days: the range is in the span.
    ("The weekend of 9-10 May was quiet.", "2026-11-22", &[("The weekend of 9-10 May", "DATE", "2026-W19-WE")]),
    ("The week of March 9 to 13 was busy.", "2026-11-22", &[("The week of March 9 to 13", "DATE", "2026-W11")]),
    // "at the last minute", "until the last second": an idiom of the latest moment, no length measured.
    ("The plan was dropped at the last minute.", "2026-11-22", &[]),
    ("They held out until the last second.", "2026-11-22", &[]),
    ("He scored in the last minute of the game.", "2026-11-22", &[("the last minute", "DURATION", "PT1M")]),
    // A weekday a week before the last one, or after the next one.
    ("The vote was held the Sunday before last.", "2026-11-22", &[("the Sunday before last", "DATE", "2026-11-08")]),
    ("The vote was held the Sunday before last.", "2026-11-25", &[("the Sunday before last", "DATE", "2026-11-15")]),
    ("We meet the Monday after next.", "2026-11-25", &[("the Monday after next", "DATE", "2026-12-07")]),
    (
        "He came the Monday before last Tuesday.",
        "2026-11-25",
        &[("Monday", "DATE", "2026-11-23"), ("last Tuesday", "DATE", "2026-11-24")],
    ),
    ("The vote was held the weekend before last.", "2026-11-25", &[("the weekend before last", "DATE", "2026-W46-WE")]),
    ("We meet the weekend after next.", "2026-11-22", &[("the weekend after next", "DATE", "2026-W49-WE")]),
    // A weekday in the possessive names what has happened, unless "will" decides its clause.
    ("Thursday's meeting will go ahead.", "2026-11-25", &[("Thursday", "DATE", "2026-11-26")]),
    ("Voters will head to the polls ahead of Tuesday's vote.", "2026-11-22", &[("Tuesday", "DATE", "2026-11-24")]),
    ("Wednesday's ruling surprised many.", "2026-11-22", &[("Wednesday", "DATE", "2026-11-18")]),
    // Not a "will" beyond a comma, when the possessive sits in a phrase that the comma sets off.
    (
        "Shareholders will receive $38.50 a share, a 27% premium to Friday's closing price.",
        "2026-11-16",
        &[("Friday", "DATE", "2026-11-13")],
    ),
    (
        "Relatives said they would look for ways around Wednesday's ruling.",
        "2026-11-22",
        &[("Wednesday", "DATE", "2026-11-18")],
    ),
    // A season word that is also a verb is a season after "through" or "to" before a year in full.
    ("The program ran through spring 2021.", "2026-11-22", &[("spring 2021", "DATE", "2021-SP")]),
    (
        "It ran from spring 2019 to fall 2021.",
        "2026-11-22",
        &[("spring 2019", "DATE", "2019-SP"), ("fall 2021", "DATE", "2021-FA")],
    ),
    ("Prices are expected to fall next year.", "2026-11-22", &[("next year", "DATE", "2027")]),
    // A past "be" before the time tells what was: the day is not put ahead.
    ("The hearing was on January 12.", "2026-11-22", &[("January 12", "DATE", "2026-01-12")]),
    ("The hearing is on January 12.", "2026-11-22", &[("January 12", "DATE", "2027-01-12")]),
    // A frequency of a year makes a month of its clause recur; a shorter one does not.
    ("The festival is held annually in June.", "2026-11-23", &[("annually", "SET", "P1Y"), ("June", "SET", "XXXX-06")]),
    ("Protests were held daily in June.", "2026-11-23", &[("daily", "SET", "P1D"), ("June", "DATE", "2026-06")]),
    (
        "The festival is held every year in June.",
        "2026-11-23",
        &[("every year", "SET", "P1Y"), ("June", "SET", "XXXX-06")],
    ),
    (
        "The meeting takes place in June each year.",
        "2026-11-23",
        &[("June", "SET", "XXXX-06"), ("each year", "SET", "P1Y")],
    ),
    // "Since" as a preposition with words before the time: the time has come ("since the fire on Dec. 1");
    // as a conjunction, with a verb of its own, it may be ahead ("Since the talks resume in January").
    ("He has been in custody since his arrest on Dec. 1.", "2026-11-22", &[("Dec. 1", "DATE", "2025-12-01")]),
    ("He has lost twice since the final in January.", "2026-11-22", &[("January", "DATE", "2026-01")]),
    ("Prices have climbed since the rate cut in December.", "2026-11-22", &[("December", "DATE", "2025-12")]),
    ("Since the talks resume in January, no deal is expected.", "2026-11-22", &[("January", "DATE", "2027-01")]),
    // A present "expect" looks ahead without an infinitive too; after "did not" it is an infinitive, and past.
    ("Forecasters expect rain on Tuesday.", "2026-11-22", &[("Tuesday", "DATE", "2026-11-24")]),
    ("They did not expect the attack on Tuesday.", "2026-11-22", &[("Tuesday", "DATE", "2026-11-17")]),
    // A half of a month, a week, a decade or a century is its start or its end, not a half of the year.
    ("The first half of the decade was strong.", "2026-11-22", &[("The first half of the decade", "DATE", "202")]),
    (
        "Prices fell in the second half of the month.",
        "2026-11-22",
        &[("the second half of the month", "DATE", "2026-11")],
    ),
    // "mid-century" after a preposition is the middle of this century; before a noun it is a style.
    ("The population could double by mid-century.", "2026-11-22", &[("mid-century", "DATE", "20")]),
    ("She sells mid-century furniture.", "2026-11-22", &[]),
    // "every" before a day of the year: that day every year (not "every May" of "every May Day").
    ("The family gathers every Christmas.", "2026-11-22", &[("every Christmas", "SET", "XXXX-12-25")]),
    ("The rally is held each May Day.", "2026-11-22", &[("each May Day", "SET", "XXXX-05-01")]),
    ("The market opens every March 1.", "2026-11-22", &[("every March 1", "SET", "XXXX-03-01")]),
    // A month alone after "into" is a month ("continued into January").
    ("The protests continued into January.", "2026-11-22", &[("January", "DATE", "2026-01")]),
    // A time that a past event ran into has come ("three days into the new year" in November is this year).
    (
        "The talks collapsed three days into the new year.",
        "2026-11-22",
        &[("three days", "DURATION", "P3D"), ("the new year", "DATE", "2026")],
    ),
    // A past verb right before "until" ends what went on; "had until" is a deadline, as "gave ... until" is.
    ("The protests continued until January.", "2026-11-22", &[("January", "DATE", "2026-01")]),
    ("The company had until January to respond.", "2026-11-22", &[("January", "DATE", "2027-01")]),
    // Four digits and "hours" after a preposition that places a time are the military clock; a leading zero
    // makes one anywhere; "of" after makes a length.
    ("The blast occurred shortly after 0600 hours.", "2026-11-22", &[("0600 hours", "TIME", "2026-11-22T06:00")]),
    ("Talks broke down after 1200 hours of negotiation.", "2026-11-22", &[("1200 hours", "DURATION", "PT1200H")]),
    (
        "Volunteers worked 1900 hours last year.",
        "2026-11-22",
        &[("1900 hours", "DURATION", "PT1900H"), ("last year", "DATE", "2025")],
    ),
    // A clock time in words without a.m. or p.m. before an evening or a night is in it.
    (
        "He was seen at half past ten on Saturday night.",
        "2026-11-22",
        &[("half past ten", "TIME", "2026-11-21T22:30"), ("Saturday night", "TIME", "2026-11-21TNI")],
    ),
    (
        "The blast came at a quarter to nine on Friday evening.",
        "2026-11-22",
        &[("a quarter to nine", "TIME", "2026-11-20T20:45"), ("Friday evening", "TIME", "2026-11-20TEV")],
    ),
    // A relative pronoun is a subject: a present form after it plans ahead.
    (
        "The Senate, which returns from recess Monday, faces a deadline Friday.",
        "2026-11-22",
        &[("Monday", "DATE", "2026-11-23"), ("Friday", "DATE", "2026-11-27")],
    ),
    // A fiscal year over two calendar years is read as "2024-25" is: the first year, then the second.
    ("Sales in fiscal 2024-25 rose 3%.", "2026-11-22", &[("fiscal 2024", "DATE", "2024"), ("25", "DATE", "2025")]),
    ("Results for FY2025/26 are due.", "2026-11-22", &[("FY2025", "DATE", "2025"), ("26", "DATE", "2026")]),
    // A word of approximation in the clock's span does not keep it off the clock face.
    (
        "The fire broke out at around 11:30 on Monday night.",
        "2026-11-22",
        &[("around 11:30", "TIME", "2026-11-16T23:30"), ("Monday night", "TIME", "2026-11-16TNI")],
    ),
    (
        "Shots were heard at approximately 10:45 on Saturday night.",
        "2026-11-22",
        &[("approximately 10:45", "TIME", "2026-11-21T22:45"), ("Saturday night", "TIME", "2026-11-21TNI")],
    ),
    // A bare hour after "at" (or "at about") before "on" and a weekday with its part of the day is a clock time
    // in that part; before a weekday alone it may count anything ("stood at 9 on Friday").
    (
        "The fire broke out at 9 on Friday evening.",
        "2026-11-22",
        &[("9", "TIME", "2026-11-20T21:00"), ("Friday evening", "TIME", "2026-11-20TEV")],
    ),
    (
        "He arrived at about 5 on Monday morning.",
        "2026-11-22",
        &[("5", "TIME", "2026-11-16T05:00"), ("Monday morning", "TIME", "2026-11-16TMO")],
    ),
    ("The index stood at 9 on Friday.", "2026-11-22", &[("Friday", "DATE", "2026-11-20")]),
    // An "h" between hour and minutes ("06h00", "at 14h30"), placed or with a leading zero; not a length.
    (
        "Flights resume from 06h00 on Monday.",
        "2026-11-22",
        &[("06h00", "TIME", "2026-11-23T06:00"), ("Monday", "DATE", "2026-11-23")],
    ),
    ("The march starts at 9h30.", "2026-11-22", &[("9h30", "TIME", "2026-11-22T09:30")]),
    ("The meeting is at 14h30 Tuesday.", "2026-11-22", &[("14h30 Tuesday", "TIME", "2026-11-24T14:30")]),
    ("The race took 14h30 to finish, and a 2h30 flight followed.", "2026-11-22", &[]),
    (
        "Markets are closed for Martin Luther King Jr. Day; Martin Luther King Jr. was born in 1929.",
        "2026-11-22",
        &[("Martin Luther King Jr. Day", "DATE", "2027-01-18"), ("1929", "DATE", "1929")],
    ),
    // "This quarter" is the quarter under discussion; with none named, the one running (not the last whole
    // one, which "the quarter" of a report of results is).
    ("Sales will rise this quarter, the company said.", "2026-11-22", &[("this quarter", "DATE", "2026-Q4")]),
    (
        "The firm lost money in the third quarter. This quarter's loss includes charges.",
        "2026-11-22",
        &[("the third quarter", "DATE", "2026-Q3"), ("This quarter", "DATE", "2026-Q3")],
    ),
    // "To" after a verb that puts off or moves, in a past clause, names the time ahead, as "until" does; not
    // before a possessive, which names another time.
    (
        "The vote, originally set for Tuesday, was pushed back to Thursday.",
        "2026-11-25",
        &[("Tuesday", "DATE", "2026-11-24"), ("Thursday", "DATE", "2026-11-26")],
    ),
    ("The launch was delayed to Friday.", "2026-11-25", &[("Friday", "DATE", "2026-11-27")]),
    ("Buying pushed the index to Friday's high.", "2026-11-25", &[("Friday", "DATE", "2026-11-20")]),
    // A weekday with a day of the month and no month, where the tense finds no such day in reach: the nearest
    // one (not a day of another weekday).
    ("The vote will be held on Monday the 5th.", "2015-10-12", &[("Monday the 5th", "DATE", "2015-10-05")]),
    // A day of a month in a clause of habit recurs, as a month there does; not one with its weekday beside it.
    (
        "Ceremonies are held each year on Nov. 11; the festival usually starts on July 4.",
        "2026-11-22",
        &[("each year", "SET", "P1Y"), ("Nov. 11", "SET", "XXXX-11-11"), ("July 4", "SET", "XXXX-07-04")],
    ),
    ("He usually arrived on Monday, March 3.", "2026-11-22", &[("Monday, March 3", "DATE", "2025-03-03")]),
    // A year in words by its thousands ("two thousand and five") after a word that places a time; not a count.
    (
        "The company had two thousand and five employees in two thousand and five.",
        "2026-11-22",
        &[("two thousand and five", "DATE", "2005")],
    ),
    (
        "It has grown every year since two thousand nine.",
        "2026-11-22",
        &[("every year", "SET", "P1Y"), ("two thousand nine", "DATE", "2009")],
    ),
    // A year with an apostrophe after "the", before the noun it dates; not a quotation.
    (
        "He was elected in the '92 election; the '08 crash came later.",
        "2026-11-22",
        &[("'92", "DATE", "1992"), ("'08", "DATE", "2008")],
    ),
    ("He sang the '92' song.", "2026-11-22", &[]),
    // Minutes in words before "to" and noon or midnight, where no range of numbers is meant.
    ("The blast was heard at ten to midnight.", "2026-11-22", &[("ten to midnight", "TIME", "2026-11-22T23:50")]),
    ("They worked from ten to midnight.", "2026-11-22", &[("midnight", "TIME", "2026-11-22T24:00")]),
    // "At half six": the half hour after the hour, "past" left out; not "half six inches" nor "by half six months".
    (
        "We met at half seven on Friday evening.",
        "2026-11-22",
        &[("half seven", "TIME", "2026-11-20T19:30"), ("Friday evening", "TIME", "2026-11-20TEV")],
    ),
    (
        "He cut it at half six inches, and the price fell by half six months later.",
        "2026-11-22",
        &[("six months", "DURATION", "P6M")],
    ),
    // The three months of a quarter spanned before "period" name the quarter; other spans stay months.
    (
        "Japan's economy shrank in the July-September period, and sales fell in the April-June period of 2025.",
        "2026-11-21",
        &[("the July-September period", "DATE", "2026-Q3"), ("the April-June period of 2025", "DATE", "2025-Q2")],
    ),
    ("Sales fell in the March-May period.", "2026-11-21", &[("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")]),
    // A whole count of weeks or years from today names a day, as one from Monday does.
    (
        "Registration closes a week from today; the lease ends a year from today.",
        "2026-11-22",
        &[("a week from today", "DATE", "2026-11-29"), ("a year from today", "DATE", "2027-11-22")],
    ),
    // Weekdays that no word puts in a tense, told close together after one that lies ahead, are a plan read
    // in order; one at the head of its sentence starts again.
    (
        "The plan for race week: easy 5 on Tuesday, 3 with strides on Thursday, rest Friday. Saturday, a record.",
        "2026-11-22",
        &[
            ("Tuesday", "DATE", "2026-11-24"),
            ("Thursday", "DATE", "2026-11-26"),
            ("Friday", "DATE", "2026-11-27"),
            ("Saturday", "DATE", "2026-11-21"),
        ],
    ),
    // "in 12 months' time" is that long from now, as British usage writes it; "12 months' leave" a length.
    (
        "A review is due in 12 months' time. It opens in a week's time. He took 12 months' leave.",
        "2026-11-22",
        &[
            ("12 months' time", "DATE", "2027-11"),
            ("a week's time", "DATE", "2026-W48"),
            ("12 months", "DURATION", "P12M"),
        ],
    ),
    // A year counted on from the one told of, with an edge before it, is a date: a length has no edge.
    (
        "Sales fell in March 2019. Early the next year, it was sold. Prices will rise over the next year.",
        "2026-11-22",
        &[
            ("March 2019", "DATE", "2019-03"),
            ("Early the next year", "DATE", "2020"),
            ("the next year", "DURATION", "P1Y"),
        ],
    ),
    // "CY2025", a calendar year, is named as "FY2025" is; "Cy" before a name is no year.
    (
        "The target for CY2025 was met; sales in Q3 CY2026 rose. Cy Young won 511 games.",
        "2026-11-22",
        &[("CY2025", "DATE", "2025"), ("Q3 CY2026", "DATE", "2026-Q3")],
    ),
    // "The year ended" after "from" is still a length: only "to" opens a range there.
    (
        "Profit fell from the year ended Sept. 30, 2025, to the year ended Sept. 30, 2026.",
        "2026-11-22",
        &[
            ("the year", "DURATION", "P1Y"),
            ("Sept. 30, 2025", "DATE", "2025-09-30"),
            ("the year", "DURATION", "P1Y"),
            ("Sept. 30, 2026", "DATE", "2026-09-30"),
        ],
    ),
    // A bare hour after a part of the day and "at" is in that part; not a rate, nor an hour of a set.
    (
        "The vote is tomorrow night at 7. The shift starts Friday afternoon at about 3. She called Monday morning at 6.",
        "2026-11-22",
        &[
            ("tomorrow night", "TIME", "2026-11-23TNI"),
            ("7", "TIME", "2026-11-23T19:00"),
            ("Friday afternoon", "TIME", "2026-11-27TAF"),
            ("3", "TIME", "2026-11-27T15:00"),
            ("Monday morning", "TIME", "2026-11-16TMO"),
            ("6", "TIME", "2026-11-16T06:00"),
        ],
    ),
    (
        "Prices closed Friday evening at 9 percent. The report is updated every morning at 9. They met last night at 2.",
        "2026-11-22",
        &[
            ("Friday evening", "TIME", "2026-11-20TEV"),
            ("every morning", "SET", "XXXX-XX-XXTMO"),
            ("last night", "TIME", "2026-11-21TNI"),
        ],
    ),
    // A time inside a phrase that a past participle opens, between a subject and its verb, is the
    // participle's: past, though "will" is nearer; not a time set for, nor after an adjective.
    (
        "The state of emergency declared in three districts on Wednesday will remain in force. The ban, imposed Friday, will be lifted. The man arrested in London on Tuesday will appear in court.",
        "2024-03-14",
        &[("Wednesday", "DATE", "2024-03-13"), ("Friday", "DATE", "2024-03-08"), ("Tuesday", "DATE", "2024-03-12")],
    ),
    (
        "The strike called for Monday will go ahead. A long-awaited report on Tuesday will show the damage.",
        "2024-03-14",
        &[("Monday", "DATE", "2024-03-18"), ("Tuesday", "DATE", "2024-03-19")],
    ),
    // A month alone after "compared with" is a month, as after "compared to".
    (
        "Exports rose 4% in March compared with February, and fell compared to January.",
        "2024-05-14",
        &[("March", "DATE", "2024-03"), ("February", "DATE", "2024-02"), ("January", "DATE", "2024-01")],
    ),
    // A day that a clock time is placed on is read in the time's clause: "until 9am" governs "on Thursday".
    (
        "The warning runs until 9am on Thursday. The office has extended its warning until 6pm on Friday.",
        "2025-02-12",
        &[
            ("9am", "TIME", "2025-02-13T09:00"),
            ("Thursday", "DATE", "2025-02-13"),
            ("6pm", "TIME", "2025-02-14T18:00"),
            ("Friday", "DATE", "2025-02-14"),
        ],
    ),
    // A weekday in the possessive before what it was planned for: nearest the time of speaking, either side.
    (
        "The union called off Thursday's planned walkout. Tuesday's scheduled vote was postponed.",
        "2026-03-09",
        &[("Thursday", "DATE", "2026-03-12"), ("Tuesday", "DATE", "2026-03-10")],
    ),
    ("The union called off Thursday's walkout.", "2026-03-09", &[("Thursday", "DATE", "2026-03-05")]),
    // What a clause's event waited for, in the possessive after a word of waiting: nearest, either side; the
    // possessive after a past verb alone is past.
    (
        "Shares fell as bond yields rose, with investors bracing for Thursday's inflation data. Stocks rose ahead \
         of Friday's jobs report. He was fined for Friday's brawl.",
        "2026-11-24",
        &[("Thursday", "DATE", "2026-11-26"), ("Friday", "DATE", "2026-11-27"), ("Friday", "DATE", "2026-11-20")],
    ),
    ("Residents braced for Thursday's storm.", "2026-11-27", &[("Thursday", "DATE", "2026-11-26")]),
    // A weekday that labels an entry, in a clause of no tense that can be told: nearest, either side; a past
    // verb still rules.
    (
        "Tuesday: The central bank publishes its inflation report. Wednesday: Parliament votes on the bill.",
        "2026-03-09",
        &[("Tuesday", "DATE", "2026-03-10"), ("Wednesday", "DATE", "2026-03-11")],
    ),
    ("Friday: Stocks fell 2%.", "2026-03-09", &[("Friday", "DATE", "2026-03-06")]),
    // A month that is also a word or a name, at the head of a sentence, before a colon: an entry of a chronology.
    ("April: The bank opens its first branch.", "2023-06-01", &[("April", "DATE", "2023-04")]),
    // A time after "since" opens a span that runs to the time of the story: what is counted from the time named
    // last counts from before it.
    (
        "Stocks fell on Tuesday, their worst day since Oct. 15. Yields touched 4.63% overnight and 4.5% a day earlier.",
        "2026-11-24",
        &[
            ("Tuesday", "DATE", "2026-11-24"),
            ("Oct. 15", "DATE", "2026-10-15"),
            ("overnight", "TIME", "2026-11-23TNI"),
            ("a day earlier", "DATE", "2026-11-23"),
        ],
    ),
    // A clock time placed on the day named keeps that day under discussion: a time told close after it is on it
    // too, though far from where the day was named.
    (
        "The jet landed on Oct. 27, after a flight of two hours from the coast, and turned off onto the taxiway. At \
         23:38 it was told to hold short of Runway 24, and its crew read back the instruction clearly. The tower \
         controller had come on duty at 3 p.m.",
        "2026-11-19",
        &[
            ("Oct. 27", "DATE", "2026-10-27"),
            ("two hours", "DURATION", "PT2H"),
            ("23:38", "TIME", "2026-10-27T23:38"),
            ("3 p.m.", "TIME", "2026-10-27T15:00"),
        ],
    ),
    // Two years that "between" joins are a span of years though a noun follows ("2021 prices" alone names a kind);
    // with a plural noun after a round number they are two counts.
    (
        "Between 2019 and 2021 prices doubled. Between 1500 and 2000 people were evacuated.",
        "2026-11-25",
        &[("2019", "DATE", "2019"), ("2021", "DATE", "2021")],
    ),
    // Numbers that a noun before them labels are no years, a range of them no more than one ("page 2010").
    ("See page 1998-2004 of the file, and pages 2010-2012.", "2026-11-25", &[]),
    // A clock time that restates the one before it in another zone tells of the same moment: the day it names is
    // not the day under discussion.
    (
        "The quake hit at 4:17 a.m. local time (1917 GMT Saturday). The toll rose to 14, officials said at noon.",
        "2026-11-22",
        &[
            ("4:17 a.m. local time", "TIME", "2026-11-22T04:17"),
            ("1917 GMT Saturday", "TIME", "2026-11-21T19:17"),
            ("noon", "TIME", "2026-11-22T12:00"),
        ],
    ),
    // The time left on a game's clock or a countdown is no time of day.
    (
        "He scored with 2:13 left in overtime and again with 0:45 to go. With 10:00 remaining, the Bears led. The \
         train arrived at 6:15.",
        "2026-11-22",
        &[("6:15", "TIME", "2026-11-22T06:15")],
    ),
    // A time in a clause that "since" opens is no time that "overnight" and "a day earlier" count from, as one
    // right after "since" is not.
    (
        "The fire has burned 18,400 acres since it started on Wednesday. Crews held the line overnight and a day \
         earlier.",
        "2026-11-22",
        &[
            ("Wednesday", "DATE", "2026-11-18"),
            ("overnight", "TIME", "2026-11-21TNI"),
            ("a day earlier", "DATE", "2026-11-21"),
        ],
    ),
    // "The quarter" alone is a period after a preposition or before "ended"; elsewhere it may be a part of a town,
    // and glued to a dash it opens a compound.
    ("The river quarter flooded. Is the quarter protected? The quarter-to-quarter rise was small.", "2024-06-05", &[]),
    (
        "It lost $5 million for the quarter. The quarter ended Sept. 30 was weak.",
        "1989-11-01",
        &[("the quarter", "DATE", "1989-Q3"), ("The quarter", "DATE", "1989-Q3"), ("Sept. 30", "DATE", "1989-09-30")],
    ),
];

#[test]
fn every_line_of_the_corpus() {
    let mut failures = Vec::new();
    for (text, dct, want) in CORPUS {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        let got: Vec<(String, String, String)> = tag(text, dct)
            .iter()
            .map(|t| {
                let kind = format!("{:?}", t.timex_type()).to_uppercase();
                (text[t.start..t.end].to_string(), kind, t.value.to_string())
            })
            .collect();
        let want: Vec<(String, String, String)> =
            want.iter().map(|(s, k, v)| (s.to_string(), k.to_string(), v.to_string())).collect();
        if got != want {
            failures.push(format!("{text:?} @ {dct:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} lines fail:\n{}", failures.len(), CORPUS.len(), failures.join("\n"));
}
