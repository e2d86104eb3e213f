// JSON text for the writers: strings escaped (and made valid UTF-8: a byte that is not
// part of a UTF-8 sequence becomes U+FFFD), numbers written so that they read back equal.
#pragma once

#include <string>
#include <string_view>

namespace loopscope::trace {

void appendJsonString(std::string& out, std::string_view text);
void appendJsonNumber(std::string& out, double value);

} // namespace loopscope::trace
