//! Clock times, with their zone, a part of the day, or the day written beside them.

use crate::lang::{Function as F, Lexeme as L, Modifier, PartOfDay, Shift, Unit};
use crate::parse::expr::Expr;
use crate::parse::tokens::{ALL_CAPS, CAPITALIZED, Kind, NumSuffix, Token};

use super::{Grammar, Hit, bit};

/// The hour of the day that an hour on the clock face (1 to 12) names in a part of the day, where the part
/// holds it: "7" in the evening is 19, in the morning 7; "3" at night is no hour of the night's evening side,
/// and an hour past 12 is on no clock face.
pub(super) fn on_part_face(hour: u8, part: PartOfDay) -> Option<u8> {
    let pm = match part {
        PartOfDay::Morning if (1..=11).contains(&hour) => false,
        PartOfDay::Afternoon if hour == 12 || (1..=6).contains(&hour) => true,
        PartOfDay::Evening if (4..=11).contains(&hour) => true,
        PartOfDay::Night if (6..=11).contains(&hour) => true,
        _ => return None,
    };
    Some(on_clock_face(hour, pm))
}

/// The hour of the day (0-23) of an hour 1-12 read with a.m. (`pm` false) or p.m.: 12 a.m. is midnight.
fn on_clock_face(hour: u8, pm: bool) -> u8 {
    match (pm, hour) {
        (false, 12) => 0,
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, h) => h,
    }
}

/// The hour of the day of an hour read with a part of the day ("4 in the morning", "9:30 tonight"): 12 in
/// the morning is midnight, an hour before 6 at night is before dawn, another hour before noon in the
/// afternoon, the evening or at night is after noon.
fn in_part(part: PartOfDay, hour: u8) -> u8 {
    match (part, hour) {
        (PartOfDay::Morning, 12) => 0,
        (PartOfDay::Night, h) if h < 6 => h,
        (PartOfDay::Morning, h) => h,
        (PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night, h) if h < 12 => h + 12,
        (_, h) => h,
    }
}

impl<'a, 'l> Grammar<'a, 'l> {
    /// "14:16", "10:35 a.m.", "11 a.m.", "9 o'clock", "4 in the morning", with a time zone ("GMT",
    /// "Moscow time", "local time"); four digits with a zone ("0735 GMT") or after "at" and before
    /// "hours" ("at 1500 hours", "at 10.30 hours").
    pub(super) fn clock(&self, i: usize) -> Option<(u8, u8, usize)> {
        let Some(n) = self.get(i)?.num() else { return self.clock_in_words(i) };
        // "1100 PM EDT", "200 AM": hours and minutes run together before a.m. or p.m., as advisories write
        // them; not after a station's call sign ("WINS 1010 AM").
        if (n.digits == 3 || n.digits == 4) && n.plain() && n.value % 100 < 60 && (1..=12).contains(&(n.value / 100)) {
            let meridiem = self.meridiem(i + 1);
            let call_sign = i.checked_sub(1).is_some_and(|p| {
                let t = &self.t[p];
                t.is_word() && t.has(ALL_CAPS) && t.lex().is_empty()
            });
            // "am" in lowercase is as often the verb ("350 am I"), unless "at" places the time.
            let verb = self.get(i + 1).is_some_and(|t| t.text(self.text) == "am") && !self.at_before(i);
            if let Some(pm) = meridiem.filter(|_| !call_sign && !verb) {
                let (hour, minute) = (on_clock_face((n.value / 100) as u8, pm), (n.value % 100) as u8);
                return Some((hour, minute, self.zone(i + 2).unwrap_or(i + 2)));
            }
        }
        if n.digits == 4 && n.plain() && n.value % 100 < 60 && n.value < 2400 {
            let (hour, minute) = ((n.value / 100) as u8, (n.value % 100) as u8);
            if let Some(zone) = self.zone(i + 1) {
                return Some((hour, minute, zone));
            }
            // "at 1500 hours", "at approximately 2315 hours", "shortly after 0600 hours": the military clock, after
            // a preposition that places a time ("worked 1900 hours", "after 1200 hours of talks" are lengths;
            // "0600 hours" with its leading zero is no count).
            let at = self.at_before(i);
            let placed = at || self.follows(i, bit::PLACING);
            if (placed || n.value < 1000) && self.unit(i + 1) == Some((Unit::Hour, true)) && !self.f(i + 2, F::Of) {
                return Some((hour, minute, self.zone(i + 2).unwrap_or(i + 2)));
            }
            // "departs at 0730", "from 0600": a leading zero makes no year, and a preposition that places a
            // time makes no code; a number after it would ("at 0800 123 456").
            if n.value < 1000 && placed && self.get(i + 1).is_none_or(|t| t.num().is_none()) {
                return Some((hour, minute, i + 1));
            }
            return None;
        }
        // Not inside a longer reading ("2:04:31" holds no clock at "04").
        if !n.plain()
            || n.digits > 2
            || n.value > 24
            || (self.glued(i) && i.checked_sub(1).is_some_and(|p| self.p(p, ':')))
        {
            return None;
        }
        let mut hour = n.value as u8;
        let mut minute = 0u8;
        let mut j = i + 1;
        let mut colon = false;
        if self.p(j, ':') && self.glued(j) && self.glued(j + 1) {
            let m = self.get(j + 1)?.num()?;
            if m.digits != 2 || m.value > 59 {
                return None;
            }
            minute = m.value as u8;
            colon = true;
            j += 2;
            let seconds =
                self.p(j, ':') && self.glued(j) && self.get(j + 1).and_then(Token::num).is_some_and(|s| s.digits == 2);
            if seconds {
                j += 2;
            }
            // A stopwatch's reading, not a clock's: a fraction of a second ("ran the mile in 3:59.4"), a reading
            // taken "in" something ("finished in 2:04:31", "ran the course in 3:41": a clock's time is "at"
            // one), or hours, minutes and seconds "of" something ("a time of 2:03:59").
            let fraction = self.p(j, '.')
                && self.glued(j)
                && self.glued(j + 1)
                && self.get(j + 1).is_some_and(|t| t.num().is_some());
            let elapsed = i.checked_sub(1).is_some_and(|p| self.f(p, F::In) || (seconds && self.f(p, F::Of)));
            // A reading joined by a hyphen to a word before it is a target, no clock time ("a sub-3:30
            // marathon").
            let prefixed = i >= 2
                && self.dash(i - 1)
                && self.glued(i)
                && self.glued(i - 1)
                && self.get(i - 2).is_some_and(|t| t.is_word());
            if fraction || prefixed || (elapsed && self.zone(j).is_none() && self.meridiem(j).is_none()) {
                return None;
            }
        } else if self.glued(j) && self.glued(j + 1) && self.hour_letter(j) {
            // "06h00", "at 14h30": an "h" between hour and minutes, after a preposition that places a time or with a
            // leading zero ("a 2h30 flight", "took 14h30" are lengths).
            let m = self.get(j + 1)?.num()?;
            let placed = (n.digits == 2 && n.value < 10) || self.at_before(i) || self.follows(i, bit::PLACING);
            let longer = self.glued(j + 2) && self.get(j + 2).is_some_and(|t| !matches!(t.kind, Kind::Punct(_)));
            if m.digits != 2 || m.value > 59 || n.value > 23 || !placed || longer {
                return None;
            }
            minute = m.value as u8;
            colon = true;
            j += 2;
        } else if self.p(j, '.') && self.glued(j) && self.glued(j + 1) {
            // "10.14 GMT", "10.14am", "at 10.30 hours": a dot between hour and minute, where a zone, a.m./p.m.
            // or "at" and "hours" say it is a time and not a decimal.
            let m = self.get(j + 1)?.num()?;
            let at_hours =
                i.checked_sub(1).is_some_and(|p| self.f(p, F::At)) && self.unit(j + 2) == Some((Unit::Hour, true));
            let marked = at_hours
                || self.zone(j + 2).is_some()
                || self.lex(j + 2, |l| matches!(l, L::Meridiem(_)).then_some(())).is_some();
            if m.digits != 2 || m.value > 59 || !marked {
                return None;
            }
            minute = m.value as u8;
            colon = true;
            j += if at_hours { 3 } else { 2 };
        }
        let meridiem = self.meridiem(j);
        if colon && meridiem.is_none() && self.zone(j).is_none() && self.countdown(i, j) {
            return None;
        }
        let noon_or_midnight = || {
            self.lex(j, |l| match l {
                L::StandalonePart(PartOfDay::Noon) => Some(12),
                L::StandalonePart(PartOfDay::Midnight) => Some(24),
                _ => None,
            })
        };
        if let Some(pm) = meridiem {
            if hour == 0 || hour > 12 {
                return None;
            }
            hour = on_clock_face(hour, pm);
            j += 1;
        } else if hour == 12
            && minute == 0
            && let Some(h) = noon_or_midnight()
        {
            // "12 noon", "12:00 midnight": one time, the word telling which twelve.
            hour = h;
            j += 1;
        } else if self.f(j, F::OClock) {
            // "2 o'clock in the afternoon": a part of the day after it tells the hour of the day.
            (hour, j) = if (1..=12).contains(&hour) { self.hour_after(hour, j + 1) } else { (hour, j + 1) };
        } else if (1..=12).contains(&hour) && self.hour_part(j).is_some() {
            // "4 in the morning", "11 at night" (but "2 at night" is before dawn).
            (hour, j) = self.hour_after(hour, j);
        } else if let Some(pm) = self.shared_meridiem(j).filter(|_| (1..=12).contains(&hour)) {
            // "from 9 to 11 a.m.", "2-4 p.m.", "between 3:30 and 5 p.m.": the first time takes the second's
            // a.m. or p.m., or the other one when it is the later hour ("11 to 1 p.m.").
            let later = |h: u8| if h == 12 { 0 } else { h };
            let pm = pm == (later(hour) <= later(self.get(j + 1)?.num()?.value as u8));
            hour = on_clock_face(hour, pm);
        } else if !colon {
            // "at 7 this morning", "at about 9 on Friday evening": an hour after "at", before a part of a named day;
            // "tomorrow night at 7", "on Friday evening at 9": after a part of the day, which tells its half.
            if !(1..=12).contains(&hour) || !self.at_before(i) {
                return None;
            }
            if !self.part_ahead(j) {
                // Not a rate or a count after it ("closed Friday evening at 9 percent").
                hour = self.part_behind(i).filter(|_| self.ends_time(j)).and_then(|part| on_part_face(hour, part))?;
            }
        }
        Some((hour, minute, self.zone(j).unwrap_or(j)))
    }

    /// A clock time in words: "five o'clock", "half past two", "a quarter to five", "ten past nine",
    /// "twenty minutes to six", "five past midnight", with a.m. or p.m., a part of the day or a zone after
    /// it. Minutes in words before "to" need "minutes" ("ten to six" may be a range of numbers), and so do
    /// minutes in digits.
    fn clock_in_words(&self, i: usize) -> Option<(u8, u8, usize)> {
        let t = self.get(i)?;
        if !t.any(bit::COUNT) {
            return None;
        }
        let quarter = |k: usize| self.unit(k) == Some((Unit::Quarter, false));
        // "at half six": the half hour after the hour named, with "past" left out, after "at".
        if self.f(i, F::Half)
            && self.at_before(i)
            && let Some((n, e)) = self.word_number(i + 1).filter(|&(n, e)| (1..=12).contains(&n) && e == i + 2)
            && self.unit(e).is_none()
            && self.ends_time(e)
        {
            let (hour, e) = self.hour_after(n as u8, e);
            return Some((hour, 30, self.zone(e).unwrap_or(e)));
        }
        // The minutes, where the connector ("past", "to") stands, and whether "to" may follow.
        let (minutes, j, to_ok) = if self.f(i, F::Half) {
            (30, i + 1, false)
        } else if quarter(i) {
            (15, i + 1, true)
        } else if self.f(i, F::A) && quarter(i + 1) {
            (15, i + 2, true)
        } else {
            let (n, k) = self.word_number(i).filter(|(n, _)| (1..=59).contains(n))?;
            if self.f(k, F::OClock) && n <= 12 {
                // "five o'clock": the hour itself.
                let (hour, e) = self.hour_after(n as u8, k + 1);
                return Some((hour, 0, self.zone(e).unwrap_or(e)));
            }
            // "at ten in the evening": an hour in words with a part of the day, after a word that places a
            // time ("two in the morning shift" counts people).
            if n <= 12 && self.hour_part(k).is_some() && self.follows(i, bit::PLACING | L::Function(F::At).bit()) {
                let (hour, e) = self.hour_after(n as u8, k);
                return Some((hour, 0, self.zone(e).unwrap_or(e)));
            }
            let minute_unit = self.unit(k).is_some_and(|(u, plural)| u == Unit::Minute && plural == (n != 1));
            if minute_unit { (n, k + 1, true) } else { (n, k, false) }
        };
        let after = if self.f(j, F::PastHour) {
            true
        } else if self.f(j, F::To)
            && (to_ok || (self.names_noon_or_midnight(j + 1) && !self.follows(i, Self::RANGE_OPENERS)))
        {
            // "ten to midnight": before noon or midnight no range of numbers is meant, unless a range opens
            // before it ("from ten to midnight").
            false
        } else {
            return None;
        };
        // The hour: a number 1-12 in digits or words (perhaps with "o'clock", a.m. or p.m., a part of the
        // day after it), noon or midnight; no unit after it ("five minutes to two hours").
        let h = j + 1;
        let (stated, named) = match self.get(h)?.num() {
            Some(n) if n.digits <= 2 && n.plain() && (1..=12).contains(&n.value) => (n.value as u8, false),
            Some(_) => return None,
            None => match self.lex(h, |l| match l {
                L::StandalonePart(p @ (PartOfDay::Noon | PartOfDay::Midnight)) => Some(p),
                _ => None,
            }) {
                Some(PartOfDay::Noon) => (12, true),
                // Minutes after midnight are the day's first; before it, its last.
                Some(_) if after => (0, true),
                Some(_) => (24, true),
                None => (self.word_number(h).filter(|(n, e)| (1..=12).contains(n) && *e == h + 1)?.0 as u8, false),
            },
        };
        if self.unit(h + 1).is_some() || (!after && !self.ends_time(h + 1)) {
            return None;
        }
        let (hour, e) = if named {
            (stated, h + 1)
        } else {
            let o = if self.f(h + 1, F::OClock) { h + 2 } else { h + 1 };
            self.hour_after(stated, o)
        };
        let total = u32::from(hour) * 60 + 24 * 60;
        let total = if after { total + minutes } else { total - minutes } % (24 * 60);
        Some(((total / 60) as u8, (total % 60) as u8, self.zone(e).unwrap_or(e)))
    }

    /// The words that open a range of times ("from ten to midnight", "between ten and midnight").
    const RANGE_OPENERS: u128 = L::Function(F::From).bit() | L::Function(F::Between).bit();

    /// True when the token at `k` is "noon" or "midnight".
    pub(super) fn names_noon_or_midnight(&self, k: usize) -> bool {
        self.lex(k, |l| matches!(l, L::StandalonePart(PartOfDay::Noon | PartOfDay::Midnight)).then_some(())).is_some()
    }

    /// True when the token at `k` is the hour's letter ("h" in "06h00").
    pub(super) fn hour_letter(&self, k: usize) -> bool {
        self.lex(k, |l| (l == L::UnitLetter(Unit::Hour)).then_some(())).is_some()
    }

    /// True when the token at `k` may follow the hour of "a quarter to five": nothing, a mark but a percent
    /// sign or a dash, or a word with a reading that counts nothing ("a quarter to five percent", "ten
    /// minutes to two thirds" are no times).
    fn ends_time(&self, k: usize) -> bool {
        let Some(t) = self.get(k) else { return true };
        match t.kind {
            Kind::Punct(c) => !matches!(c, '%' | '-' | '/'),
            Kind::Number(_) => false,
            Kind::Word => t.bits() != 0 && !t.any(bit::CARDINAL | bit::ORDINAL | L::Magnitude.bit()),
        }
    }

    /// An hour 1-12 read with what follows it at `j`: a.m. or p.m., or a part of the day ("in the morning",
    /// "at night"); the hour of the day and the index after it.
    fn hour_after(&self, hour: u8, j: usize) -> (u8, usize) {
        if let Some(pm) = self.meridiem(j) {
            return (on_clock_face(hour, pm), j + 1);
        }
        match self.hour_part(j) {
            Some((part, e)) => (in_part(part, hour), e),
            None => (hour, j),
        }
    }

    /// A range's second time after the connector at `j` ("to", "and", a dash), written with a.m. or p.m.
    /// right after its hour or its minutes: true for p.m. Only that form is read, so that a chain of numbers
    /// costs one look-ahead each.
    fn shared_meridiem(&self, j: usize) -> Option<bool> {
        if !(self.f(j, F::To) || self.f(j, F::And) || self.dash(j)) {
            return None;
        }
        let n = self.get(j + 1)?.num()?;
        if n.digits > 2 || n.suffix != NumSuffix::None || !(1..=12).contains(&n.value) {
            return None;
        }
        let m = if self.p(j + 2, ':') && self.glued(j + 2) && self.get(j + 3).and_then(Token::num).is_some() {
            j + 4
        } else {
            j + 2
        };
        self.meridiem(m)
    }

    /// "a.m." or "p.m." at `k`: true for p.m.
    fn meridiem(&self, k: usize) -> Option<bool> {
        self.lex(k, |l| match l {
            L::Meridiem(pm) => Some(pm),
            _ => None,
        })
    }

    /// A time zone after a clock time ("GMT", "Moscow time", "local time"): the index after it.
    /// True when the reading at tokens `i..j` is the time left on a game's clock or a countdown ("with 2:13 left
    /// in overtime", "with 4:30 remaining"): the language's word before it and one of its phrases after it.
    fn countdown(&self, i: usize, j: usize) -> bool {
        let (before, after) = self.lx.language().countdown;
        let word =
            |k: usize, w: &str| self.get(k).is_some_and(|t| t.is_word() && t.text(self.text).eq_ignore_ascii_case(w));
        i.checked_sub(1).is_some_and(|p| word(p, before))
            && after.iter().any(|phrase| phrase.split(' ').enumerate().all(|(n, w)| word(j + n, w)))
    }

    pub(super) fn zone(&self, j: usize) -> Option<usize> {
        if self.lex(j, |l| matches!(l, L::TimeZone).then_some(())).is_some() {
            Some(j + 1)
        } else if (self.cap(j) || self.f(j, F::Local)) && self.f(j + 1, F::Time) {
            Some(j + 2)
        } else if self.cap(j) && self.cap(j + 1) && self.f(j + 2, F::Time) {
            // A place of two words: "New York time", "Hong Kong time".
            Some(j + 3)
        } else if self.get(j).is_some_and(|t| t.is(L::ZoneRegion) && t.has(CAPITALIZED)) && !self.cap(j + 1) {
            // "8 p.m. Eastern", not "8 p.m. Eastern Airlines".
            Some(j + 1)
        } else {
            None
        }
    }

    /// "in the morning", "in the evening", "at night" after an hour: the part of the day, and the index
    /// after the phrase.
    pub(super) fn hour_part(&self, j: usize) -> Option<(PartOfDay, usize)> {
        if !(self.f(j, F::In) || self.f(j, F::At)) {
            return None;
        }
        let k = if self.f(j + 1, F::The) { j + 2 } else { j + 1 };
        let part = self.lex(k, |l| match l {
            L::PartOfDay(p @ (PartOfDay::Morning | PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)) => {
                Some(p)
            }
            _ => None,
        })?;
        Some((part, k + 1))
    }

    /// True when a part of a named day stands at `j`, after an hour after "at" ("at 7 this morning", "at 8
    /// tomorrow evening", "at 10 last night", "at 9 tonight"): the hour is a time.
    fn part_ahead(&self, j: usize) -> bool {
        let part = |d: Hit| matches!(d.expr, Expr::DayPart { .. });
        (self.shift(j).is_some() && self.part_of_day(j + 1).is_some())
            || self.day_word(j).is_some_and(part)
            || (self.f(j, F::On) && self.weekday_forms(j + 1).is_some_and(part))
    }

    /// The part of the day (morning to night) that ends just before the "at" before the hour at `i` ("tomorrow
    /// night at 7", "Friday evening at about 9", "tonight at 8"); not one of a set ("every Friday morning at 9"
    /// recurs).
    pub(super) fn part_behind(&self, i: usize) -> Option<PartOfDay> {
        let at = if self.f(i.checked_sub(1)?, F::At) { i - 1 } else { i.checked_sub(2)? };
        let part = at.checked_sub(1)?;
        if (part.saturating_sub(2)..part).any(|k| self.f(k, F::Every)) {
            return None;
        }
        self.lex(part, |l| match l {
            L::PartOfDay(p @ (PartOfDay::Morning | PartOfDay::Afternoon | PartOfDay::Evening | PartOfDay::Night)) => {
                Some(p)
            }
            L::Tonight => Some(PartOfDay::Night),
            _ => None,
        })
    }

    /// True when "at" stands before token `i`, or "at" and a word of approximation ("at about 9").
    pub(super) fn at_before(&self, i: usize) -> bool {
        let at = L::Function(F::At).bit();
        self.follows(i, at) || (self.follows(i, L::Modifier(Modifier::Approx).bit()) && self.follows(i - 1, at))
    }

    /// "this morning", "this evening" at `i`: a part of today, as [`Grammar::shifted`] reads it.
    fn this_part(&self, i: usize) -> Option<Hit> {
        (self.shift(i) == Some(Shift::This) && self.part_of_day(i + 1).is_some()).then(|| self.shifted(i)).flatten()
    }

    /// A clock time, joined with the day that follows it ("10 p.m. Wednesday", "5 p.m. EST, Nov. 6").
    pub(super) fn clock_with_day(&self, i: usize) -> Option<Hit> {
        let (hour, minute, j) = self.clock(i)?;
        let k = if self.p(j, ',') { j + 1 } else { j };
        let mut day = self
            .weekday_forms(k)
            .or_else(|| self.day_word(k))
            .or_else(|| self.month_first(k))
            .or_else(|| self.day_first(k));
        // After a comma, a day with a time of its own ("10 a.m., Saturday at 11 a.m.") is the next item.
        let own_time = |d: &Hit| k > j && self.f(d.end, F::At) && self.clock(d.end + 1).is_some();
        // A weekday that opens a range of weekdays ("8am-6pm, Monday-Friday") is the range's, not the time's.
        let opens_range = |d: &Hit| {
            matches!(d.expr, Expr::Weekday { .. })
                && (self.dash(d.end) || self.f(d.end, F::To))
                && self.weekday(d.end + 1).is_some()
        };
        if let Some(d) = day.take_if(|d| {
            matches!(d.expr, Expr::Weekday { .. } | Expr::Relative { .. } | Expr::Date { day: Some(_), .. })
                && !own_time(d)
                && !opens_range(d)
        }) {
            // The weekday written beside the date stays with it ("1100 PM EDT Wed Sep 10 2025").
            let clock = Hit::new(i, d.end, Expr::Clock { day: Some(Box::new(d.expr)), hour, minute });
            return Some(Hit { weekday: d.weekday, ..clock });
        }
        // "9:30 tonight", "3 o'clock this afternoon", "10 p.m. Tuesday night": the part of the day sets the
        // hour where a.m. or p.m. did not, and the day is the part's.
        if let Some(Hit { expr: Expr::DayPart { day, part }, end, .. }) =
            day.filter(|_| k == j).or_else(|| self.this_part(j))
        {
            return Some(Hit::new(i, end, Expr::Clock { day, hour: in_part(part, hour), minute }));
        }
        Some(Hit::new(i, j, Expr::Clock { day: None, hour, minute }))
    }
}
