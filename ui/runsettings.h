// What every run of the app is held to: the limits (tighter by default than a script's,
// for the app is interactive) and the seed of `random`, remembered between sessions
// (QSettings, "run/...").
#pragma once

#include "python/limits.h"

#include <cstdint>

namespace loopscope::ui {

struct RunSettings {
    python::Limits limits;
    std::int64_t seed = 0;

    // The app's defaults, then what the user set, if anything.
    static RunSettings defaults();
    static RunSettings load();
    void save() const;
};

} // namespace loopscope::ui
