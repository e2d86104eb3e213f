// Edit > Preferences: the limits every run of the app is held to (CPU time, loop
// callbacks, the virtual-time horizon, memory, output, source size) and the seed of
// `random`, remembered between sessions (QSettings, "run/...").
#pragma once

#include "python/limits.h"

#include <QDialog>

#include <cstdint>

class QDoubleSpinBox;
class QSpinBox;

namespace loopscope::ui {

struct RunSettings {
    python::Limits limits;
    std::int64_t seed = 0;

    // The app's defaults (tighter than a script's: the app is interactive), then what
    // the user set, if anything.
    static RunSettings defaults();
    static RunSettings load();
    void save() const;
};

class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(const RunSettings& settings, QWidget* parent = nullptr);
    RunSettings settings() const;

private:
    void show(const RunSettings& settings);

    QDoubleSpinBox* cpu_ = nullptr;
    QSpinBox* events_ = nullptr;
    QDoubleSpinBox* horizon_ = nullptr;
    QSpinBox* memory_ = nullptr;
    QSpinBox* output_ = nullptr;
    QSpinBox* source_ = nullptr;
    QSpinBox* seed_ = nullptr;
};

} // namespace loopscope::ui
