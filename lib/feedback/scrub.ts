// Comments are stored without contact details: readers are told we cannot reply, and some write them anyway.
const email = /[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi;
// Seven or more digits, allowing spaces, dots, dashes, brackets and a leading +, as phone numbers are written.
const phone = /[+(]?\d[\d\s.()-]{5,}\d/g;

export function scrubComment(comment: string): string {
  return comment
    .replace(email, '[email]')
    .replace(phone, (match) => {
      // A span of years such as 2024-2034 is not a phone number.
      if (/^\d{4}\s*[-–]\s*\d{2,4}$/.test(match.trim())) return match;
      return match.replace(/\D/g, '').length >= 7 ? '[phone]' : match;
    })
    .trim();
}
