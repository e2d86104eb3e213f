#include "preferencesdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace loopscope::ui {

namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;

} // namespace

PreferencesDialog::PreferencesDialog(const RunSettings& settings, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));
    cpu_ = new QDoubleSpinBox(this);
    cpu_->setRange(0.1, 600);
    cpu_->setDecimals(1);
    cpu_->setSuffix(tr(" s"));
    events_ = new QSpinBox(this);
    events_->setRange(1000, 100'000'000);
    events_->setSingleStep(100'000);
    events_->setGroupSeparatorShown(true);
    horizon_ = new QDoubleSpinBox(this);
    horizon_->setRange(1, 1e12);
    horizon_->setDecimals(0);
    horizon_->setSuffix(tr(" s"));
    memory_ = new QSpinBox(this);
    memory_->setRange(64, 16384);
    memory_->setSuffix(tr(" MiB"));
    output_ = new QSpinBox(this);
    output_->setRange(1, 1024);
    output_->setSuffix(tr(" MiB"));
    source_ = new QSpinBox(this);
    source_->setRange(1, 65536);
    source_->setSuffix(tr(" KiB"));
    seed_ = new QSpinBox(this);
    seed_->setRange(INT_MIN, INT_MAX);
    seed_->setObjectName(QStringLiteral("PreferencesSeed"));
    cpu_->setObjectName(QStringLiteral("PreferencesCpu"));

    auto* form = new QFormLayout;
    form->addRow(tr("CPU time a run may use:"), cpu_);
    form->addRow(tr("Loop callbacks a run may run:"), events_);
    form->addRow(tr("Virtual time a run may reach:"), horizon_);
    form->addRow(tr("Memory a run may use:"), memory_);
    form->addRow(tr("Output a run may print:"), output_);
    form->addRow(tr("Largest program:"), source_);
    form->addRow(tr("Seed of random:"), seed_);
    auto* note = new QLabel(tr("A run that reaches a limit stops there, with a message naming the limit; "
                               "its timeline so far is kept."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                             QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { show(RunSettings::defaults()); });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    show(settings);
}

void PreferencesDialog::show(const RunSettings& settings)
{
    const python::Limits& limits = settings.limits;
    cpu_->setValue(limits.cpuSeconds);
    events_->setValue(int(std::min<std::uint64_t>(limits.maxEvents, 100'000'000)));
    horizon_->setValue(limits.maxVirtualSeconds);
    memory_->setValue(int(limits.memoryBytes / kMiB));
    output_->setValue(int(std::max<std::uint64_t>(limits.outputBytes / kMiB, 1)));
    source_->setValue(int(std::max<std::uint64_t>(limits.sourceBytes / 1024, 1)));
    seed_->setValue(int(std::clamp<std::int64_t>(settings.seed, INT_MIN, INT_MAX)));
}

RunSettings PreferencesDialog::settings() const
{
    RunSettings settings;
    python::Limits& limits = settings.limits;
    limits.cpuSeconds = cpu_->value();
    limits.maxEvents = std::uint64_t(events_->value());
    limits.maxVirtualSeconds = horizon_->value();
    limits.memoryBytes = std::uint64_t(memory_->value()) * kMiB;
    limits.outputBytes = std::uint64_t(output_->value()) * kMiB;
    limits.sourceBytes = std::uint64_t(source_->value()) * 1024;
    settings.seed = seed_->value();
    return settings;
}

} // namespace loopscope::ui
