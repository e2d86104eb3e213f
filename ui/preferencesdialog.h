// Edit > Preferences: the limits every run of the app is held to (CPU time, loop
// callbacks, the virtual-time horizon, memory, output, source size) and the seed of
// `random` (RunSettings).
#pragma once

#include "runsettings.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace loopscope::ui {

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
