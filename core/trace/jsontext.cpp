#include "jsontext.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace loopscope::trace {

namespace {

// The length of the valid UTF-8 sequence at text[i], or 0 if there is none.
std::size_t utf8Sequence(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xe ? 3 : (lead >> 3) == 0x1e ? 4 : 0;
    if (length == 0 || i + length > text.size())
        return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xc0) != 0x80)
            return 0;
    }
    // No overlong forms, surrogates, or values past U+10FFFF.
    if (length == 2 && lead < 0xc2)
        return 0;
    if (length == 3 && ((lead == 0xe0 && byte(i + 1) < 0xa0) || (lead == 0xed && byte(i + 1) >= 0xa0)))
        return 0;
    if (length == 4 && ((lead == 0xf0 && byte(i + 1) < 0x90) || lead > 0xf4 || (lead == 0xf4 && byte(i + 1) >= 0x90)))
        return 0;
    return length;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", c);
                    out += escape;
                } else {
                    out += char(c);
                }
            }
            ++i;
            continue;
        }
        const std::size_t length = utf8Sequence(text, i);
        if (length == 0) {
            out += "\xef\xbf\xbd"; // U+FFFD for a byte that is no UTF-8
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    out += '"';
}

void appendJsonNumber(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value); // shortest exact form
    out.append(text, written.ptr);
}

} // namespace loopscope::trace
