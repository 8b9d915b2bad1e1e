// Common questions whose rulings a round of readings must not change (a review of rounds 8 and 9 found each one moved):
// an age still to come, an appointment letter, a write-up asked with 'record', 'paid more attention', a message to log.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answering/answer';
import { DEFAULT_PROFILE } from '../../src/guidance/profile';
import { understand } from '../../src/understanding/understand';

const today = '2026-11-22';
const ctx = { profile: DEFAULT_PROFILE, today };
const firstVerdict = (q: string) => answerQuestion(q, ctx)[0]?.rulings[0]?.verdict;

describe('an age still to come is not the age now', () => {
  it('"15 and turns 16 next month" is under 16: Waltham Forest says no to WhatsApp', () => {
    expect(understand("She's 15 and turns 16 next month, can I WhatsApp her?", { today }).situation?.age).toBe(15);
    expect(firstVerdict("She's 15 and turns 16 next month, can I WhatsApp her?")).toBe('not-allowed');
  });
  it('"turning 16 next month" alone is 15 now; "just turned 16" is 16', () => {
    expect(understand('turning 16 next month, can I whatsapp her?', { today }).situation?.age).toBe(15);
    expect(firstVerdict('turning 16 next month, can I whatsapp her?')).toBe('not-allowed');
    expect(understand("she's just turned 16, can I whatsapp her?", { today }).situation?.age).toBe(16);
  });
});

describe('everyday readings that must not flip a ruling', () => {
  it('a photo of an appointment letter is not a case document (a court order is)', () => {
    expect(firstVerdict('can i whatsapp mum a photo of the appointment letter?')).toBe('allowed-if');
    expect(firstVerdict('can I whatsapp mum a photo of the interim care order?')).toBe('not-allowed');
  });
  it('"record Teams calls on the case file" asks what is written up; recording a meeting on Teams is still a near miss', () => {
    expect(firstVerdict('do i have to record teams calls with parents on the case file?')).toBe('required');
    expect(firstVerdict('can I record the CIN meeting on teams?')).toBe('not-covered');
  });
  it('"paid more attention" is not a question of pay', () => {
    expect(firstVerdict('I should have paid more attention to my case notes, how quickly do I need to write them up?')).toBe('required');
    expect(firstVerdict('will I get paid extra for writing up at the weekend?')).toBe('not-covered');
  });
  it('a message received, asked how to log it, is put on the file', () => {
    expect(firstVerdict('dad texted me about contact arrangements, how should I record it?')).toBe('required');
  });
  it("the office's post tray is not the recipient's insecure address; a hostel's shared tray is", () => {
    expect(firstVerdict('can I leave the letter in the post tray at reception for the admin team to send?')).toBe('allowed-if');
    expect(firstVerdict('YP (17) is in a hostel where all the post goes in one tray in the hallway. Ok to post his pathway plan there?')).toBe('not-recommended');
    // Where the work is done does not hide what is said of the family's address.
    expect(understand('admin team will post the report to mum but she says the letterbox is communal', { today }).situation?.postInsecure).toBe(true);
  });
  it("photos from a carer's private account are not unsolicited material from an unknown sender", () => {
    expect(understand('the foster carer sent me photos from a private account on instagram, what do i do', { today }).situation?.incident).toBeUndefined();
    expect(understand('I got pictures from an unknown number on my work phone', { today }).situation?.incident).toBe('bluetooth-material');
  });
});
