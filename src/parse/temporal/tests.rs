use super::*;
use crate::parse::tokens::tokenize;

fn find(text: &str) -> Vec<(String, Expr)> {
    let mut toks = Vec::new();
    tokenize(text, Lexicon::english(), &mut toks);
    recognize(text, &toks, Lexicon::english()).into_iter().map(|m| (text[m.start..m.end].to_string(), m.expr)).collect()
}

fn spans(text: &str) -> Vec<String> {
    find(text).into_iter().map(|(s, _)| s).collect()
}

fn date(y: Option<i32>, m: Option<u8>, d: Option<u8>) -> Expr {
    Expr::Date { year: y.map(YearSpec::Full), month: m, day: d }
}

#[test]
fn absolute_dates_in_news_forms() {
    let cases: &[(&str, &str, Expr)] = &[
        ("On October 7, ships fired.", "October 7", date(None, Some(10), Some(7))),
        ("Oct. 7, 2015 was the day.", "Oct. 7, 2015", date(Some(2015), Some(10), Some(7))),
        ("on the 7th of October", "the 7th of October", date(None, Some(10), Some(7))),
        ("On 30 November 2015, a call", "30 November 2015", date(Some(2015), Some(11), Some(30))),
        (
            "[Source: Itar Tass, Moscow, 30Nov15]",
            "30Nov15",
            Expr::Date { year: Some(YearSpec::Short(15)), month: Some(11), day: Some(30) },
        ),
        ("filed 2015-10-07.", "2015-10-07", date(Some(2015), Some(10), Some(7))),
        ("filed 10/7/2015.", "10/7/2015", date(Some(2015), Some(10), Some(7))),
        ("filed 7.10.2015.", "7.10.2015", date(Some(2015), Some(10), Some(7))),
        ("In June 2014, IS announced", "June 2014", date(Some(2014), Some(6), None)),
        ("signed in March 1991", "March 1991", date(Some(1991), Some(3), None)),
        ("in October of 2015", "October of 2015", date(Some(2015), Some(10), None)),
        ("in 1991 the treaty", "1991", date(Some(1991), None, None)),
    ];
    for (text, span, expr) in cases {
        let found = find(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(&found[0].0, span, "{text}");
        assert_eq!(&found[0].1, expr, "{text}");
    }
}

#[test]
fn dates_with_times() {
    let found = find("30 Sep, 2015 14:16 / Updated 9 years ago");
    assert_eq!(found[0].0, "30 Sep, 2015 14:16");
    assert!(matches!(found[0].1, Expr::Clock { hour: 14, minute: 16, .. }));
    assert_eq!(found[1].0, "9 years ago");
    assert_eq!(spans("19:57 GMT09 May 2021"), ["19:57 GMT09 May 2021"]);
    assert_eq!(spans("Today at 11 a.m. Moscow time, jets flew"), ["Today", "11 a.m. Moscow time"]);
    assert_eq!(spans("talks at 15:00 GMT via video"), ["15:00 GMT"]);
    assert_eq!(spans("at 10 p.m. Wednesday"), ["10 p.m. Wednesday"]);
}

#[test]
fn ranges_are_two_linked_mentions() {
    let mut toks = Vec::new();
    let text = "On October 5 and 6, our intelligence located targets. In 2013-2014, it called itself ISIL.";
    tokenize(text, Lexicon::english(), &mut toks);
    let found = recognize(text, &toks, Lexicon::english());
    let got: Vec<(&str, RangeRole)> = found.iter().map(|m| (&text[m.start..m.end], m.range)).collect();
    assert_eq!(
        got,
        [("October 5", RangeRole::Start), ("6", RangeRole::End), ("2013", RangeRole::Start), ("2014", RangeRole::End)]
    );
    assert_eq!(found[1].expr, date(None, Some(10), Some(6)));
    let text = "from May to June 2015";
    tokenize(text, Lexicon::english(), &mut toks);
    let found = recognize(text, &toks, Lexicon::english());
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].range, found[1].range), (RangeRole::Start, RangeRole::End));
}

#[test]
fn a_time_moved_from_one_to_another_is_no_range() {
    let mut toks = Vec::new();
    for (text, range) in [
        ("The hearing was postponed from Tuesday to Thursday.", false),
        ("They are pushing it back from March 19 to June.", false),
        ("Flights were suspended from March to June.", true),
        ("Sales rose from March to June.", true),
    ] {
        tokenize(text, Lexicon::english(), &mut toks);
        let found = recognize(text, &toks, Lexicon::english());
        assert_eq!(found.len(), 2, "{text}");
        assert_eq!(found[0].range == RangeRole::Start, range, "{text}");
    }
}

#[test]
fn weekdays_and_relative_words() {
    assert_eq!(spans("said on Tuesday that"), ["Tuesday"]);
    assert_eq!(
        spans("Friday morning, last week, next month and this year"),
        ["Friday morning", "last week", "next month", "this year"]
    );
    assert_eq!(spans("three days ago and yesterday"), ["three days ago", "yesterday"]);
    assert_eq!(spans("the next day, a week earlier"), ["the next day", "a week earlier"]);
    assert_eq!(spans("last night and this morning"), ["last night", "this morning"]);
    assert_eq!(spans("Tuesday, October 13, 2015"), ["Tuesday, October 13, 2015"]);
}

#[test]
fn modified_periods() {
    let found = find("In mid-November, Russia increased");
    assert_eq!(found[0].0, "mid-November");
    assert_eq!(spans("in early 2015 and late October"), ["early 2015", "late October"]);
    assert_eq!(spans("the end of November"), ["the end of November"]);
    assert_eq!(spans("in the late 1970s"), ["the late 1970s"]);
    assert_eq!(spans("late last year"), ["late last year"]);
}

#[test]
fn durations_and_spans() {
    assert_eq!(spans("over the past 24 hours"), ["the past 24 hours"]);
    assert_eq!(spans("their four-year-long confrontation"), ["four-year-long"]);
    assert_eq!(spans("a decades-long feud, a day-long meeting"), ["decades-long", "day-long"]);
    assert_eq!(spans("a several-year tenure"), ["several-year"]);
    assert_eq!(spans("In three days we managed"), ["three days"]);
    assert_eq!(spans("a 90-minute video conference"), ["90-minute"]);
    assert_eq!(spans("for nearly forty years"), ["nearly forty years"]);
    assert_eq!(spans("no more than sixty days"), ["no more than sixty days"]);
    assert_eq!(spans("a year and a half"), ["a year and a half"]);
    assert_eq!(spans("2 1/2 years"), ["2 1/2 years"]);
    assert_eq!(spans("in recent years"), ["recent years"]);
    assert_eq!(spans("a decade"), ["a decade"]);
    assert_eq!(spans("a week or so ago, a year or two earlier"), ["a week or so ago", "a year or two earlier"]);
}

#[test]
fn sets_and_references() {
    assert_eq!(spans("every Monday and daily and weekly"), ["every Monday", "daily", "weekly"]);
    assert_eq!(spans("paid annually, in the annual report"), ["annually"]);
    assert_eq!(spans("twice a week"), ["twice a week"]);
    assert_eq!(
        spans("every other Thursday, every second week, every third year, once every second"),
        ["every other Thursday", "every second week", "every third year", "once every second"]
    );
    assert_eq!(spans("now, recently, in the future, the past"), ["now", "recently", "the future", "the past"]);
    assert_eq!(spans("these days, these weeks, these men"), ["these days"]);
}

#[test]
fn periods() {
    assert_eq!(spans("in the third quarter of 1998"), ["the third quarter of 1998"]);
    assert_eq!(spans("in the last half of 1989, the last quarter"), ["the last half of 1989", "the last quarter"]);
    assert_eq!(spans("third-quarter profit"), ["third-quarter"]);
    assert_eq!(spans("the 1990s and the nineties"), ["the 1990s", "the nineties"]);
    assert_eq!(spans("the 20th century"), ["the 20th century"]);
    assert_eq!(spans("this summer and last fall"), ["this summer", "last fall"]);
    assert_eq!(
        spans("in spring and autumn, the Arab Spring and summer, in winter or spring"),
        ["spring", "autumn", "winter", "spring"]
    );
    assert_eq!(spans("on Christmas Eve and New Year's Day"), ["Christmas Eve", "New Year's Day"]);
    assert_eq!(spans("over the weekend"), ["the weekend"]);
    assert_eq!(
        spans("the day after tomorrow, the day before yesterday"),
        ["the day after tomorrow", "the day before yesterday"]
    );
    assert_eq!(spans("the day after yesterday"), ["yesterday"]);
    assert_eq!(spans("in the week of March 6, the week of the vote"), ["the week of March 6"]);
    assert_eq!(spans("in fiscal 1998"), ["fiscal 1998"]);
    assert_eq!(spans("in the fourth fiscal quarter"), ["the fourth fiscal quarter"]);
    assert_eq!(spans("by year-end, at year end, by year's end"), ["year-end", "year end", "year's end"]);
    assert_eq!(spans("the week before last, the year before last"), ["the week before last", "the year before last"]);
    assert_eq!(
        spans(
            "talks end Thursday, by end March, by end-2015, at the end of Thursday, late Thursday, will start Monday"
        ),
        ["Thursday", "end March", "end-2015", "the end of Thursday", "late Thursday", "Monday"]
    );
    assert_eq!(spans("the week after next, the month after next week"), ["the week after next", "next week"]);
    assert_eq!(
        spans(
            "on the 14th, on the 3rd and 4th, on the 14th floor, on the 21st-floor flat, at the 14th, on the 3rd and final day"
        ),
        ["the 14th", "the 3rd"]
    );
    assert_eq!(spans("in the last days of September"), ["the last days of September"]);
    assert_eq!(spans("in the first half of October"), ["the first half of October"]);
    assert_eq!(spans("in the first week of October, its second week of strikes"), ["the first week of October"]);
    assert_eq!(spans("into a second week, a second day"), Vec::<String>::new());
    assert_eq!(spans("in the first weeks of 2015"), ["the first weeks of 2015"]);
    assert_eq!(spans("the first days of the war"), ["the first days"]);
    assert_eq!(spans("the year ended Sept. 30"), ["the year", "Sept. 30"]);
}

#[test]
fn a_part_of_a_period_takes_the_mod_of_its_place() {
    let modifiers = |text: &str| {
        let mut toks = Vec::new();
        tokenize(text, Lexicon::english(), &mut toks);
        let found = recognize(text, &toks, Lexicon::english());
        found.into_iter().map(|m| (text[m.start..m.end].to_string(), m.modifier)).collect::<Vec<_>>()
    };
    let cases = [
        ("into the early part of next week", "the early part of next week", Modifier::Start),
        ("in the latter part of the year", "the latter part of the year", Modifier::End),
        ("The middle part of 2025 was dry", "The middle part of 2025", Modifier::Mid),
        ("in the early part of the 1990s", "the early part of the 1990s", Modifier::Start),
        ("Early in 1942 the fleet sailed", "Early in 1942", Modifier::Start),
        ("It came late in March", "late in March", Modifier::End),
    ];
    for (text, span, modifier) in cases {
        assert_eq!(modifiers(text), [(span.to_string(), Some(modifier))], "{text}");
    }
    // Days, weeks and months by their place take no middle; a part of an event is no date.
    assert_eq!(spans("the middle days of October"), ["October"]);
    assert_eq!(spans("the first part of the book"), Vec::<String>::new());
}

#[test]
fn traps_are_not_dates() {
    for text in [
        "struck 2,084 targets",
        "Su-24 and Su-34 bombers, Su-25SM and Su-24M jets",
        "KAB-500 bombs and H-29L missiles",
        "Title 17 U.S.C. Section 107",
        "May God help us",
        "They will march on the capital.",
        "It may rain.",
        "Theresa May said",
        "$1.5 million",
        "Islamic State (formerly ISIS)",
        "he paid $2000 for it",
        "call 555-1234 now",
        "2000 people attended",
        "Mi-8 and Mi-24 helicopters",
        "the F-16 fighter",
        "The fall of the Berlin Wall",
        "won 3-1",
        "40% of the territory",
        "This is VOA Today.",
        "a story in USA Today",
        "June Carter and April Ryan spoke.",
        "They joined the March for Our Lives and the March on Washington.",
    ] {
        let found: Vec<_> = find(text).into_iter().filter(|(_, e)| e.is_point()).collect();
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}
