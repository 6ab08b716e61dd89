; Inno Setup script of the pos-app installer for Windows (Inno Setup 6).
; Build on Windows with one command: packaging\windows\build.ps1 (it builds the PyInstaller
; bundle and then runs ISCC on this file); the installer lands in dist\pos-app-VERSION-setup.exe.
; By hand: iscc /DAppVersion=0.1.0 packaging\windows\pos-app.iss after `pyinstaller
; packaging\pos-app.spec` has filled dist\pos-app.
;
; What goes where on a shop PC (platformdirs' folders for the user who runs pos-app):
;   program      {autopf}\pos-app (C:\Program Files\pos-app), pos-app.exe (the window) and
;                pos-app-cli.exe (the command line, e.g. pos-app-cli fiscalize ...)
;   journal      %LOCALAPPDATA%\pos-app\journal.sqlite3 (receipts; POS_APP_DATA_DIR overrides)
;   logs         %LOCALAPPDATA%\pos-app\logs\pos-app.log
;   settings     %LOCALAPPDATA%\pos-app (POS_APP_CONFIG_DIR overrides)
;   credentials  Windows Credential Manager (Generic credentials, "pos-app"), never a file
; Uninstalling removes the program only: the journal, settings and credentials stay, because
; fiscal receipts must be kept.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5C7D2E7A-3B1F-4E0A-9C55-7A2C0B1F9E41}
AppName=pos-app
AppVersion={#AppVersion}
AppPublisher=pos-app maintainers
DefaultDirName={autopf}\pos-app
DefaultGroupName=pos-app
DisableProgramGroupPage=yes
; Paths are relative to this script: the repository's dist\pos-app holds the bundle.
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=pos-app-{#AppVersion}-setup
SetupIconFile=resources\icons\pos-app.ico
UninstallDisplayIcon={app}\pos-app.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "dist\pos-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\pos-app"; Filename: "{app}\pos-app.exe"
Name: "{autodesktop}\pos-app"; Filename: "{app}\pos-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\pos-app.exe"; Description: "{cm:LaunchProgram,pos-app}"; Flags: nowait postinstall skipifsilent
