import { daysBetween, extractEventFacts } from './event-facts.extractor';

describe(extractEventFacts.name, () => {
  it('reads full dates in both orders, first mentioned first', () => {
    const sut = extractEventFacts('July 21, 2013, 2:21 pm BST. A fire broke out on 2 August 2013 and on Aug. 3rd, 2013.');
    expect(sut.dates).toEqual(['2013-07-21', '2013-08-02', '2013-08-03']);
    expect(sut.year).toBe(2013);
  });

  it('takes the date after "on" (with a weekday) as the event date, not a dateline', () => {
    expect(extractEventFacts('May 03, 2013 | The actress checked in on Thursday, 2 May 2013.').eventDate).toBe('2013-05-02');
    expect(extractEventFacts('May 03, 2013 | The actress checked in.').eventDate).toBeNull();
  });

  it('takes the most mentioned bare year when no full date is stated, the latest on a tie', () => {
    expect(extractEventFacts('Elections were held in 2006; the 2006 vote and the 2008 one.').year).toBe(2006);
    expect(extractEventFacts('Compared with 1974 and 2008.').year).toBe(2008);
  });

  it('does not read counts or amounts as years', () => {
    expect(extractEventFacts('Some 2,013 people and $2010 in aid; 2010.5 tonnes.').year).toBeNull();
    expect(extractEventFacts('No dates here at all.')).toEqual({ dates: [], eventDate: null, year: null });
  });

  it('counts days between dates', () => {
    expect(daysBetween('2013-07-21', '2013-08-02')).toBe(12);
    expect(daysBetween('2013-08-02', '2013-07-21')).toBe(12);
  });
});
