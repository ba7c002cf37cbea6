; Inno Setup script: a Windows installer around the one-folder bundle, with a Start-menu entry and the
; .psiproj file association. Build the bundle on Windows first (packaging/README.md), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\psi-wizard.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0E7C2A-6F1D-4F53-9C1E-0D5A2B7E4C11}
AppName=PSI Commissioning Wizard
AppVersion={#AppVersion}
AppPublisher=PSI Commissioning Wizard team
DefaultDirName={autopf}\PSI Commissioning Wizard
DefaultGroupName=PSI Commissioning Wizard
OutputDir=..\..\build\installer
OutputBaseFilename=psi-wizard-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\psi-wizard.ico
UninstallDisplayIcon={app}\psi-wizard.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[Files]
Source: "..\..\build\dist\psi-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\PSI Commissioning Wizard"; Filename: "{app}\psi-wizard.exe"
Name: "{group}\PSI Commissioning Wizard (demo lab)"; Filename: "{app}\psi-wizard.exe"; Parameters: "--demo"
Name: "{group}\Uninstall PSI Commissioning Wizard"; Filename: "{uninstallexe}"

[Registry]
; .psiproj opens in the wizard
Root: HKA; Subkey: "Software\Classes\.psiproj"; ValueType: string; ValueName: ""; ValueData: "PSIWizard.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\PSIWizard.Project"; ValueType: string; ValueName: ""; ValueData: "PSI commissioning project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\PSIWizard.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\psi-wizard.exe,0"
Root: HKA; Subkey: "Software\Classes\PSIWizard.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\psi-wizard.exe"" ""%1"""

[Run]
Filename: "{app}\psi-wizard.exe"; Description: "{cm:LaunchProgram,PSI Commissioning Wizard}"; Flags: nowait postinstall skipifsilent
