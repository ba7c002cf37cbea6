<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>runbook</name>
    <message>
      <source>Site &amp; connections</source>
      <translation>Standort &amp; Verbindungen</translation>
    </message>
    <message>
      <source>Who, where and how to reach each system. Everything later is computed from this page.</source>
      <translation>Wer, wo und wie jedes System erreichbar ist. Alles Weitere wird aus dieser Seite berechnet.</translation>
    </message>
    <message>
      <source>Record the site, the engineer and the address of every system</source>
      <translation>Standort, Techniker und die Adresse jedes Systems erfassen</translation>
    </message>
    <message>
      <source>Fill in the site form above. The SBC addresses and public FQDN follow the example of guide table 1 (core/LAN address, access/WAN address, public FQDN). Fields are checked as you type; this step passes once every required field holds a valid value.</source>
      <translation>Füllen Sie das Standortformular oben aus. SBC-Adressen und öffentlicher FQDN folgen dem Beispiel aus Tabelle 1 des Leitfadens (Core-/LAN-Adresse, Access-/WAN-Adresse, öffentlicher FQDN). Die Felder werden bei der Eingabe geprüft; der Schritt ist bestanden, sobald jedes Pflichtfeld einen gültigen Wert enthält.</translation>
    </message>
    <message>
      <source>The site data as entered, with the validation result.</source>
      <translation>Die eingegebenen Standortdaten mit dem Prüfergebnis.</translation>
    </message>
    <message>
      <source>Prerequisites</source>
      <translation>Voraussetzungen</translation>
    </message>
    <message>
      <source>Software levels, roles and network paths that must be in place before anything is configured.</source>
      <translation>Softwarestände, Rollen und Netzwege, die vorhanden sein müssen, bevor etwas konfiguriert wird.</translation>
    </message>
    <message>
      <source>OpenScape 4000 is at V11 R0.22 or later, with active software assurance</source>
      <translation>OpenScape 4000 ab V11 R0.22, mit aktiver Software Assurance</translation>
    </message>
    <message>
      <source>Read the platform version and type it below exactly as the system shows it. The customer also needs a current software support contract (Unify SSP / Mitel SWA) for the OS4K.</source>
      <translation>Lesen Sie die Plattformversion ab und tragen Sie sie unten genau so ein, wie das System sie anzeigt. Der Kunde braucht außerdem einen aktuellen Software-Supportvertrag (Unify SSP / Mitel SWA) für die OS4K.</translation>
    </message>
    <message>
      <source>The version string as read, and the comparison.</source>
      <translation>Die abgelesene Versionsangabe und der Vergleich.</translation>
    </message>
    <message>
      <source>Version shown by the system</source>
      <translation>Vom System angezeigte Version</translation>
    </message>
    <message>
      <source>Assistant hotfix V11 R0.22.5 or later</source>
      <translation>Assistant-Hotfix ab V11 R0.22.5</translation>
    </message>
    <message>
      <source>Type the Assistant hotfix level the system reports.</source>
      <translation>Tragen Sie den Assistant-Hotfix-Stand ein, den das System meldet.</translation>
    </message>
    <message>
      <source>Assistant version</source>
      <translation>Assistant-Version</translation>
    </message>
    <message>
      <source>CSTA hotfix V11 R0.22.3 or later</source>
      <translation>CSTA-Hotfix ab V11 R0.22.3</translation>
    </message>
    <message>
      <source>Type the CSTA hotfix level the system reports.</source>
      <translation>Tragen Sie den CSTA-Hotfix-Stand ein, den das System meldet.</translation>
    </message>
    <message>
      <source>CSTA version</source>
      <translation>CSTA-Version</translation>
    </message>
    <message>
      <source>Platform (PLT) hotfix V11 R0.22.3 or later</source>
      <translation>Plattform-Hotfix (PLT) ab V11 R0.22.3</translation>
    </message>
    <message>
      <source>Type the platform hotfix level the system reports.</source>
      <translation>Tragen Sie den Plattform-Hotfix-Stand ein, den das System meldet.</translation>
    </message>
    <message>
      <source>PLT version</source>
      <translation>PLT-Version</translation>
    </message>
    <message>
      <source>RMX hotfix V11 R0.22.10 or later</source>
      <translation>RMX-Hotfix ab V11 R0.22.10</translation>
    </message>
    <message>
      <source>Type the RMX hotfix level the system reports.</source>
      <translation>Tragen Sie den RMX-Hotfix-Stand ein, den das System meldet.</translation>
    </message>
    <message>
      <source>RMX version</source>
      <translation>RMX-Version</translation>
    </message>
    <message>
      <source>Loadware (LW) hotfix V11 R0.22.7 or later</source>
      <translation>Loadware-Hotfix (LW) ab V11 R0.22.7</translation>
    </message>
    <message>
      <source>Type the loadware hotfix level the system reports.</source>
      <translation>Tragen Sie den Loadware-Hotfix-Stand ein, den das System meldet.</translation>
    </message>
    <message>
      <source>LW version</source>
      <translation>LW-Version</translation>
    </message>
    <message>
      <source>OpenScape SBC V11 R2.1.0 or later</source>
      <translation>OpenScape SBC ab V11 R2.1.0</translation>
    </message>
    <message>
      <source>Type the SBC version from the header or the General page of the OpenScape SBC Management Portal. Left empty, the check takes the version the SBC names in its own SIP answers, as heard by the registration probe (§9.4.1.1).</source>
      <translation>Tragen Sie die SBC-Version aus der Kopfzeile oder von der Seite General des OpenScape SBC Management Portal ein. Bleibt das Feld leer, nimmt die Prüfung die Version, die der SBC in seinen eigenen SIP-Antworten nennt, wie sie die Registrierungsprobe (§9.4.1.1) gehört hat.</translation>
    </message>
    <message>
      <source>SBC version</source>
      <translation>SBC-Version</translation>
    </message>
    <message>
      <source>Zoom Workplace app 6.3.6 or later on the users' devices</source>
      <translation>Zoom-Workplace-App ab 6.3.6 auf den Geräten der Benutzer</translation>
    </message>
    <message>
      <source>Check the app version on a representative desktop and mobile client (and on the customer's software distribution, if one is used).</source>
      <translation>Prüfen Sie die App-Version auf einem typischen Desktop- und Mobil-Client (und in der Softwareverteilung des Kunden, falls es eine gibt).</translation>
    </message>
    <message>
      <source>Zoom Workplace version</source>
      <translation>Zoom-Workplace-Version</translation>
    </message>
    <message>
      <source>The OS4K has a unique system number (AMO ANUM and ANSU)</source>
      <translation>Die OS4K hat eine eindeutige Anlagennummer (AMO ANUM und ANSU)</translation>
    </message>
    <message>
      <source>Display both AMOs and confirm that a system number is set and is not used by any other system of the customer. Paste the output as evidence.</source>
      <translation>Zeigen Sie beide AMOs an und bestätigen Sie, dass eine Anlagennummer gesetzt ist und von keinem anderen System des Kunden verwendet wird. Fügen Sie die Ausgabe als Nachweis ein.</translation>
    </message>
    <message>
      <source>The REG- output of both AMOs.</source>
      <translation>Die REG-Ausgabe beider AMOs.</translation>
    </message>
    <message>
      <source>REG-ANUM / REG-ANSU output</source>
      <translation>Ausgabe von REG-ANUM / REG-ANSU</translation>
    </message>
    <message>
      <source>Paste the output of REG-ANUM; and REG-ANSU; here</source>
      <translation>Ausgabe von REG-ANUM; und REG-ANSU; hier einfügen</translation>
    </message>
    <message>
      <source>Numbers of the customer's other systems</source>
      <translation>Nummern der anderen Systeme des Kunden</translation>
    </message>
    <message>
      <source>e.g. 4711, 4712 (optional)</source>
      <translation>z. B. 4711, 4712 (optional)</translation>
    </message>
    <message>
      <source>SIP/UFIP subscribers meant for Zoom have a voicemail index, digest authentication and call log ALL</source>
      <translation>SIP-/UFIP-Teilnehmer für Zoom haben einen Voicemail-Index, Digest-Authentifizierung und Anrufliste ALL</translation>
    </message>
    <message>
      <source>Every UFIP subscriber that will be used by a Zoom PSI client needs a PMIDX (a dummy voicemail is fine), a digest password and the call log parameter set to all. Desk/client configurations are not offered for provisioning; their associated devices can still be used. Chapter 7 builds the AMOs.</source>
      <translation>Jeder UFIP-Teilnehmer, den ein Zoom-PSI-Client nutzen wird, braucht einen PMIDX (eine Dummy-Voicemail genügt), ein Digest-Passwort und den Anruflisten-Parameter auf ALL. Desk-/Client-Konfigurationen werden für die Bereitstellung nicht angeboten; die zugehörigen Geräte bleiben nutzbar. Kapitel 7 erzeugt die AMOs.</translation>
    </message>
    <message>
      <source>SBCSU output of the subscribers, or the chapter 7 reconciliation.</source>
      <translation>SBCSU-Ausgabe der Teilnehmer oder der Abgleich aus Kapitel 7.</translation>
    </message>
    <message>
      <source>REG- output</source>
      <translation>REG-Ausgabe</translation>
    </message>
    <message>
      <source>Paste REG-SBCSU, REG-PERSI, REG-RICHT:MODE=PM, REG-SDAT and REG-ZANDE:TYPE=OSMO output here; digest passwords are masked before saving</source>
      <translation>Ausgabe von REG-SBCSU, REG-PERSI, REG-RICHT:MODE=PM, REG-SDAT und REG-ZANDE:TYPE=OSMO hier einfügen; Digest-Passwörter werden vor dem Speichern maskiert</translation>
    </message>
    <message>
      <source>Zoom account: supported licences, Zoom Phone set up, automatic phone assignment off</source>
      <translation>Zoom-Konto: unterstützte Lizenzen, Zoom Phone eingerichtet, automatische Telefonzuweisung aus</translation>
    </message>
    <message>
      <source>Confirm with the customer's Zoom administrator: each PSI user has a supported Workplace licence (Business, Business+, Essential, Enterprise, Enterprise+, Enterprise Premier or legacy ENH/EAH); the initial Zoom Phone setup is finished; automatic phone assignment for Workplace licences is disabled; external contacts exist for non-Zoom Mitel users; an OS4K subscriber licence is free for every Zoom user.</source>
      <translation>Bestätigen Sie mit dem Zoom-Administrator des Kunden: Jeder PSI-Benutzer hat eine unterstützte Workplace-Lizenz (Business, Business+, Essential, Enterprise, Enterprise+, Enterprise Premier oder die alten ENH/EAH); die Ersteinrichtung von Zoom Phone ist abgeschlossen; die automatische Telefonzuweisung für Workplace-Lizenzen ist ausgeschaltet; für Mitel-Benutzer ohne Zoom gibt es externe Kontakte; für jeden Zoom-Benutzer ist eine OS4K-Teilnehmerlizenz frei.</translation>
    </message>
    <message>
      <source>A note naming who confirmed it, or a screenshot of the settings.</source>
      <translation>Eine Notiz, wer es bestätigt hat, oder ein Screenshot der Einstellungen.</translation>
    </message>
    <message>
      <source>The administrator PC reaches the internet</source>
      <translation>Der Administrations-PC erreicht das Internet</translation>
    </message>
    <message>
      <source>The portals (Mitel Administration, Zoom, RedSky) are opened from this PC; it must reach the internet.</source>
      <translation>Die Portale (Mitel Administration, Zoom, RedSky) werden von diesem PC aus geöffnet; er muss das Internet erreichen.</translation>
    </message>
    <message>
      <source>A note.</source>
      <translation>Eine Notiz.</translation>
    </message>
    <message>
      <source>A CloudLink account admin is available for the setup</source>
      <translation>Für die Einrichtung steht ein CloudLink-Account-Admin bereit</translation>
    </message>
    <message>
      <source>The CloudLink setup needs a user with the Account Admin role of the customer's account, granted by a Mitel partner or another account admin. Ordinary CloudLink users cannot do it, and a partner admin is the wrong role: partner accounts cannot carry the integration. After the setup the integration runs on service accounts.</source>
      <translation>Die CloudLink-Einrichtung braucht einen Benutzer mit der Rolle Account Admin im Account des Kunden, vergeben von einem Mitel-Partner oder einem anderen Account Admin. Gewöhnliche CloudLink-Benutzer können das nicht, und ein Partner-Admin hat die falsche Rolle: Partner-Accounts können die Integration nicht tragen. Nach der Einrichtung läuft die Integration über Dienstkonten.</translation>
    </message>
    <message>
      <source>The role read from the CloudLink token, or a screenshot of the user's roles.</source>
      <translation>Die aus dem CloudLink-Token gelesene Rolle oder ein Screenshot der Rollen des Benutzers.</translation>
    </message>
    <message>
      <source>A dedicated Zoom admin user (service account) exists for the integration</source>
      <translation>Für die Integration gibt es einen eigenen Zoom-Admin-Benutzer (Dienstkonto)</translation>
    </message>
    <message>
      <source>Create or identify an admin user with its own unique email address, used only for the integration, with a role that manages Users, Phone System Integration and Zoom Phone. It must stay active: if it is deactivated the integration stops. Never use a person's everyday account. The check reads it from Zoom (through the Zoom connection of the Site page): it exists, is active, and its role.</source>
      <translation>Legen Sie einen Admin-Benutzer mit eigener, eindeutiger E-Mail-Adresse an (oder bestimmen Sie einen), der nur für die Integration dient und eine Rolle hat, die Users, Phone System Integration und Zoom Phone verwaltet. Er muss aktiv bleiben: Wird er deaktiviert, hält die Integration an. Verwenden Sie nie das Alltagskonto einer Person. Die Prüfung liest ihn aus Zoom (über die Zoom-Verbindung der Seite Standort): ob es ihn gibt, ob er aktiv ist und seine Rolle.</translation>
    </message>
    <message>
      <source>The service account as Zoom shows it: email, status and role.</source>
      <translation>Das Dienstkonto, wie Zoom es zeigt: E-Mail, Status und Rolle.</translation>
    </message>
    <message>
      <source>Service admin's email</source>
      <translation>E-Mail des Dienst-Admins</translation>
    </message>
    <message>
      <source>the integration's own Zoom admin, e.g. zoom-psi@customer.example</source>
      <translation>der eigene Zoom-Admin der Integration, z. B. zoom-psi@customer.example</translation>
    </message>
    <message>
      <source>The SBC's public FQDN resolves to its public address</source>
      <translation>Der öffentliche FQDN des SBC löst auf seine öffentliche Adresse auf</translation>
    </message>
    <message>
      <source>PSI clients find the SBC by name. The A (and AAAA) record of the public FQDN must exist and point to the address the external firewall forwards to the SBC's access side.</source>
      <translation>PSI-Clients finden den SBC über seinen Namen. Der A- (und AAAA-)Eintrag des öffentlichen FQDN muss existieren und auf die Adresse zeigen, die die externe Firewall an die Access-Seite des SBC weiterleitet.</translation>
    </message>
    <message>
      <source>The A and AAAA answers, and which server gave them.</source>
      <translation>Die A- und AAAA-Antworten und welcher Server sie gab.</translation>
    </message>
    <message>
      <source>DNS server to ask</source>
      <translation>Zu fragender DNS-Server</translation>
    </message>
    <message>
      <source>IP[:port]; empty: this laptop's resolver</source>
      <translation>IP[:Port]; leer: der Resolver dieses Laptops</translation>
    </message>
    <message>
      <source>Firewall lets SIP-TLS and SRTP from the internet reach the SBC access side</source>
      <translation>Die Firewall lässt SIP-TLS und SRTP aus dem Internet zur Access-Seite des SBC durch</translation>
    </message>
    <message>
      <source>For PSI clients on the internet, the external firewall must forward SIP over TLS to the SBC access interface's SIP-TLS port, and the SBC's SRTP UDP port range to the same interface.</source>
      <translation>Für PSI-Clients im Internet muss die externe Firewall SIP über TLS an den SIP-TLS-Port der Access-Schnittstelle des SBC weiterleiten und den SRTP-UDP-Portbereich des SBC an dieselbe Schnittstelle.</translation>
    </message>
    <message>
      <source>A TLS handshake to the public FQDN from outside, and the firewall rule as a screenshot.</source>
      <translation>Ein TLS-Handshake zum öffentlichen FQDN von außen und die Firewall-Regel als Screenshot.</translation>
    </message>
    <message>
      <source>Connect to</source>
      <translation>Verbinden mit</translation>
    </message>
    <message>
      <source>host or IP[:port] to test from inside; empty: the public FQDN</source>
      <translation>Host oder IP[:Port] für den Test von innen; leer: der öffentliche FQDN</translation>
    </message>
    <message>
      <source>CA file the chain should lead to</source>
      <translation>CA-Datei, zu der die Kette führen soll</translation>
    </message>
    <message>
      <source>Firewall lets on-premise clients resolve and reach the SBC</source>
      <translation>Die Firewall lässt Clients im Haus den SBC auflösen und erreichen</translation>
    </message>
    <message>
      <source>For PSI clients inside the customer network: DNS (UDP/TCP 53) to resolve the SBC's public FQDN, SIP over TLS to the SBC's SIP-TLS port and SRTP to its media range must be allowed outbound. The Zoom Workplace app also needs Zoom's standard firewall rules.</source>
      <translation>Für PSI-Clients im Kundennetz müssen ausgehend erlaubt sein: DNS (UDP/TCP 53), um den öffentlichen FQDN des SBC aufzulösen, SIP über TLS zum SIP-TLS-Port des SBC und SRTP zu seinem Medienbereich. Die Zoom-Workplace-App braucht außerdem die Standard-Firewallregeln von Zoom.</translation>
    </message>
    <message>
      <source>A note from the customer's network team, or the rule set.</source>
      <translation>Eine Notiz des Netzwerkteams des Kunden oder das Regelwerk.</translation>
    </message>
    <message>
      <source>Zoom–CloudLink</source>
      <translation>Zoom–CloudLink</translation>
    </message>
    <message>
      <source>Connect the customer's CloudLink account with its Zoom account, from both sides.</source>
      <translation>Das CloudLink-Konto des Kunden mit seinem Zoom-Konto verbinden, von beiden Seiten.</translation>
    </message>
    <message>
      <source>Add the Zoom integration to the customer account</source>
      <translation>Die Zoom-Integration zum Kundenkonto hinzufügen</translation>
    </message>
    <message>
      <source>Do this in the customer's account, never in a partner prime account: partner accounts cannot carry integrations (create an end-customer account to test).</source>
      <translation>Dies geschieht im Konto des Kunden, nie in einem Partner-Prime-Konto: Partnerkonten können keine Integrationen tragen (zum Testen ein Endkundenkonto anlegen).</translation>
    </message>
    <message>
      <source>Screenshot of the Integrations section listing Zoom.</source>
      <translation>Screenshot des Bereichs Integrations mit Zoom in der Liste.</translation>
    </message>
    <message>
      <source>Complete the Zoom integration setup and authorise it in Zoom</source>
      <translation>Einrichtung der Zoom-Integration abschließen und in Zoom autorisieren</translation>
    </message>
    <message>
      <source>Sign in to Zoom with the integration's service admin and click Allow. If Decline was clicked, close the authorisation window, click Connect again and Allow. Afterwards the Mitel PSI app appears in the Zoom Marketplace under Added Apps.</source>
      <translation>Melden Sie sich mit dem Service-Admin der Integration bei Zoom an und klicken Sie auf Allow. Wurde Decline geklickt, schließen Sie das Autorisierungsfenster, klicken erneut auf Connect und dann auf Allow. Danach erscheint die Mitel-PSI-App im Zoom Marketplace unter Added Apps.</translation>
    </message>
    <message>
      <source>Screenshot of the Zoom integration marked as connected.</source>
      <translation>Screenshot der Zoom-Integration, als verbunden gekennzeichnet.</translation>
    </message>
    <message>
      <source>Create the Mitel PSI connector in the Zoom App Marketplace</source>
      <translation>Den Mitel-PSI-Connector im Zoom App Marketplace anlegen</translation>
    </message>
    <message>
      <source>Sign in as the integration's service admin (owner or admin with the Users, Phone System Integration and Zoom Phone role). If the Mitel PSI app is not visible, ask Zoom or Mitel support to publish it for the account.</source>
      <translation>Melden Sie sich als Service-Admin der Integration an (Owner oder Admin mit der Rolle für Users, Phone System Integration und Zoom Phone). Ist die Mitel-PSI-App nicht sichtbar, bitten Sie den Zoom- oder Mitel-Support, sie für das Konto freizugeben.</translation>
    </message>
    <message>
      <source>Screenshot of the connector in Added Apps.</source>
      <translation>Screenshot des Connectors unter Added Apps.</translation>
    </message>
    <message>
      <source>Licensing</source>
      <translation>Lizenzierung</translation>
    </message>
    <message>
      <source>Licences on the OS4K side for every Zoom user.</source>
      <translation>Lizenzen auf der OS4K-Seite für jeden Zoom-Benutzer.</translation>
    </message>
    <message>
      <source>One OS4K for Zoom Workplace licence and one subscriber licence per PSI user</source>
      <translation>Eine Lizenz „OS4K for Zoom Workplace“ und eine Teilnehmerlizenz je PSI-Benutzer</translation>
    </message>
    <message>
      <source>Count the users who will be enabled and compare with the licences on the system. In standalone operation IP subscribers need a Flex licence; users with several devices or clients also need user-based licensing. The current SBC release needs no Zoom PSI licence.</source>
      <translation>Zählen Sie die Benutzer, die freigeschaltet werden, und vergleichen Sie mit den Lizenzen auf dem System. Im Standalone-Betrieb brauchen IP-Teilnehmer eine Flex-Lizenz; Benutzer mit mehreren Geräten oder Clients brauchen zusätzlich benutzerbasierte Lizenzierung. Der aktuelle SBC-Release braucht keine Zoom-PSI-Lizenz.</translation>
    </message>
    <message>
      <source>The licence overview as a screenshot or export.</source>
      <translation>Die Lizenzübersicht als Screenshot oder Export.</translation>
    </message>
    <message>
      <source>CloudLink daemon</source>
      <translation>CloudLink-Daemon</translation>
    </message>
    <message>
      <source>Internet access for the OS4K platform, the CloudLink daemon on OS4K and on the SBC.</source>
      <translation>Internetzugang für die OS4K-Plattform, der CloudLink-Daemon auf der OS4K und auf dem SBC.</translation>
    </message>
    <message>
      <source>Give the OS4K platform internet access, directly or through the proxy</source>
      <translation>Der OS4K-Plattform Internetzugang geben, direkt oder über den Proxy</translation>
    </message>
    <message>
      <source>Direct access: leave the system proxy disabled and set only the DNS field. Through a proxy: enable the system proxy with server, port and, if the proxy authenticates, user and password; do not touch the DNS field. The DNS setting is part of the system ALI: changing it can invalidate the licence. Saving runs a connectivity test. The probe below tries the CloudLink and Zoom API hosts the wizard itself uses; the hosts the OS4K's CloudLink daemon needs are not published: list them if the site knows them.</source>
      <translation>Direkter Zugang: den System-Proxy deaktiviert lassen und nur das DNS-Feld setzen. Über einen Proxy: den System-Proxy mit Server, Port und, falls der Proxy authentifiziert, Benutzer und Passwort aktivieren; das DNS-Feld nicht anfassen. Die DNS-Einstellung gehört zur System-ALI: eine Änderung kann die Lizenz ungültig machen. Beim Speichern läuft ein Verbindungstest. Die Prüfung unten versucht die CloudLink- und Zoom-API-Hosts, die der Wizard selbst nutzt; welche Hosts der CloudLink-Daemon der OS4K braucht, ist nicht veröffentlicht: tragen Sie sie ein, wenn der Standort sie kennt.</translation>
    </message>
    <message>
      <source>Screenshot of the connectivity test result; the proxy path probed from the laptop.</source>
      <translation>Screenshot des Verbindungstests; der Weg über den Proxy, vom Laptop aus geprüft.</translation>
    </message>
    <message>
      <source>Cloud endpoints</source>
      <translation>Cloud-Endpunkte</translation>
    </message>
    <message>
      <source>host:port, …; empty: the CloudLink and Zoom API hosts the wizard uses</source>
      <translation>host:port, …; leer: die CloudLink- und Zoom-API-Hosts, die der Wizard nutzt</translation>
    </message>
    <message>
      <source>Proxy to test through</source>
      <translation>Zu prüfender Proxy</translation>
    </message>
    <message>
      <source>http://host:port; empty: the proxy on the Site page</source>
      <translation>http://host:port; leer: der Proxy von der Standortseite</translation>
    </message>
    <message>
      <source>Proxy user</source>
      <translation>Proxy-Benutzer</translation>
    </message>
    <message>
      <source>Proxy password</source>
      <translation>Proxy-Passwort</translation>
    </message>
    <message>
      <source>never saved</source>
      <translation>wird nie gespeichert</translation>
    </message>
    <message>
      <source>Inspection CA to trust</source>
      <translation>Zu vertrauende Inspektions-CA</translation>
    </message>
    <message>
      <source>Enable the CloudLink daemon on the OS4K and link it to CloudLink</source>
      <translation>Den CloudLink-Daemon auf der OS4K einschalten und mit CloudLink verbinden</translation>
    </message>
    <message>
      <source>Enable the daemon (advisories are shown while it starts), then Link to CloudLink and sign in with a CloudLink admin. When the Account Information page appears, click Activate container support to enable the CSTA proxy.</source>
      <translation>Schalten Sie den Daemon ein (während er startet, erscheinen Hinweise), dann Link to CloudLink und mit einem CloudLink-Admin anmelden. Erscheint die Seite Account Information, klicken Sie auf Activate container support, um den CSTA-Proxy einzuschalten.</translation>
    </message>
    <message>
      <source>Screenshot of the activated container support.</source>
      <translation>Screenshot der aktivierten Container-Unterstützung.</translation>
    </message>
    <message>
      <source>The OS4K appears in the CloudLink system inventory</source>
      <translation>Die OS4K erscheint im Systeminventar von CloudLink</translation>
    </message>
    <message>
      <source>Each OS4K host is listed with the applications cloudlink-daemon, os4k-assistant, os4k-cs2 and os4k-rma and their version; the applications page lists the PBXs needed for the integration.</source>
      <translation>Jeder OS4K-Host steht mit den Anwendungen cloudlink-daemon, os4k-assistant, os4k-cs2 und os4k-rma und ihrer Version in der Liste; die Anwendungsseite zeigt die für die Integration nötigen PBXs.</translation>
    </message>
    <message>
      <source>Screenshot of the platforms list.</source>
      <translation>Screenshot der Plattformliste.</translation>
    </message>
    <message>
      <source>The OS4K Assistant's Zoom PSI module reaches CloudLink</source>
      <translation>Das Zoom-PSI-Modul des OS4K Assistant erreicht CloudLink</translation>
    </message>
    <message>
      <source>The Assistant uses the platform proxy by default. Only if it needs a different proxy, enter host, port and optional credentials there and click Set proxy. The CloudLink indicator turns green after a few seconds. Then check that the CSTA proxy is connected to the CloudLink profile.</source>
      <translation>Der Assistant nutzt standardmäßig den Plattform-Proxy. Nur wenn er einen anderen Proxy braucht, tragen Sie dort Host, Port und optional Anmeldedaten ein und klicken auf Set proxy. Die CloudLink-Anzeige wird nach einigen Sekunden grün. Prüfen Sie danach, dass der CSTA-Proxy mit dem CloudLink-Profil verbunden ist.</translation>
    </message>
    <message>
      <source>Screenshot of 'CloudLink reachable' and of the CSTA link.</source>
      <translation>Screenshot von „CloudLink reachable“ und der CSTA-Verbindung.</translation>
    </message>
    <message>
      <source>Enable the CloudLink service on the SBC and link it</source>
      <translation>Den CloudLink-Dienst auf dem SBC einschalten und verbinden</translation>
    </message>
    <message>
      <source>Tick Enable CloudLink Service, OK, then on the dashboard Show the CloudLink panel and Link to CloudLink with the account credentials. The SBC also uses this link to send mobile push requests to Zoom. An inventory report follows and refreshes about every 30 minutes. Optionally start the SBC tunnel to launch the SBC UI from CloudLink.</source>
      <translation>Enable CloudLink Service ankreuzen, OK, dann auf dem Dashboard das CloudLink-Panel mit Show öffnen und mit den Kontodaten Link to CloudLink wählen. Über diese Verbindung schickt der SBC auch Mobile-Push-Anfragen an Zoom. Es folgt ein Inventarbericht, der sich etwa alle 30 Minuten erneuert. Optional den SBC-Tunnel starten, um die SBC-Oberfläche aus CloudLink zu öffnen.</translation>
    </message>
    <message>
      <source>Screenshot of the CloudLink daemon window showing the connection.</source>
      <translation>Screenshot des CloudLink-Daemon-Fensters mit der Verbindung.</translation>
    </message>
    <message>
      <source>Provisioning</source>
      <translation>Bereitstellung</translation>
    </message>
    <message>
      <source>Users in Zoom, PSI integrated users, and the OS4K subscribers that belong to them.</source>
      <translation>Benutzer in Zoom, integrierte PSI-Benutzer und die zugehörigen OS4K-Teilnehmer.</translation>
    </message>
    <message>
      <source>Add the Zoom users with a Workplace licence</source>
      <translation>Die Zoom-Benutzer mit einer Workplace-Lizenz anlegen</translation>
    </message>
    <message>
      <source>Add each user by email (several at once separated by commas, or by CSV import or the API) with a Workplace licence. The email is the key that joins Zoom, CloudLink and the OS4K: it must be exactly the one later entered in PERSI. New users wait on the Pending tab until they activate.</source>
      <translation>Legen Sie jeden Benutzer per E-Mail an (mehrere auf einmal durch Kommas getrennt, per CSV-Import oder über die API) mit einer Workplace-Lizenz. Die E-Mail ist der Schlüssel, der Zoom, CloudLink und die OS4K verbindet: Sie muss genau die sein, die später in PERSI eingetragen wird. Neue Benutzer warten im Reiter Pending, bis sie aktivieren.</translation>
    </message>
    <message>
      <source>The list of users added, with their status.</source>
      <translation>Die Liste der angelegten Benutzer mit ihrem Status.</translation>
    </message>
    <message>
      <source>Assign licences with automatic phone assignment disabled</source>
      <translation>Lizenzen mit ausgeschalteter automatischer Telefonzuweisung vergeben</translation>
    </message>
    <message>
      <source>Make sure automatic phone assignment for Workplace licences is off, then assign the licences. Users can only be made admins after activation.</source>
      <translation>Stellen Sie sicher, dass die automatische Telefonzuweisung für Workplace-Lizenzen aus ist, und vergeben Sie dann die Lizenzen. Zu Admins können Benutzer erst nach der Aktivierung gemacht werden.</translation>
    </message>
    <message>
      <source>A note or screenshot.</source>
      <translation>Eine Notiz oder ein Screenshot.</translation>
    </message>
    <message>
      <source>Every new Zoom user has activated the account</source>
      <translation>Jeder neue Zoom-Benutzer hat sein Konto aktiviert</translation>
    </message>
    <message>
      <source>Users activate through the invitation from no-reply@zoom.us (ask them to check the spam folder). Active users move from the Pending to the Users tab. Pending users cannot be added to the integration yet.</source>
      <translation>Benutzer aktivieren über die Einladung von no-reply@zoom.us (bitten Sie sie, auch im Spam-Ordner nachzusehen). Aktive Benutzer wandern vom Reiter Pending in den Reiter Users. Benutzer in Pending können noch nicht zur Integration hinzugefügt werden.</translation>
    </message>
    <message>
      <source>The user status list.</source>
      <translation>Die Statusliste der Benutzer.</translation>
    </message>
    <message>
      <source>Allow integrated calling on Zoom mobile</source>
      <translation>Integrierte Telefonie in Zoom Mobile erlauben</translation>
    </message>
    <message>
      <source>Switch the toggle on and keep it on permanently.</source>
      <translation>Schalter einschalten und dauerhaft eingeschaltet lassen.</translation>
    </message>
    <message>
      <source>Screenshot of the setting.</source>
      <translation>Screenshot der Einstellung.</translation>
    </message>
    <message>
      <source>Add the activated users to the Mitel integration, at most 50 at a time</source>
      <translation>Die aktivierten Benutzer zur Mitel-Integration hinzufügen, höchstens 50 auf einmal</translation>
    </message>
    <message>
      <source>Select at most 50 users per round and click Add. Their status is Pending SIP credential until the OS4K side (7.2.1) is done. The emails must be those used for the Zoom user and its licence.</source>
      <translation>Wählen Sie je Runde höchstens 50 Benutzer und klicken Sie auf Add. Ihr Status ist Pending SIP credential, bis die OS4K-Seite (7.2.1) erledigt ist. Die E-Mails müssen die des Zoom-Benutzers und seiner Lizenz sein.</translation>
    </message>
    <message>
      <source>The batches added, and the integrated users list.</source>
      <translation>Die hinzugefügten Runden und die Liste der integrierten Benutzer.</translation>
    </message>
    <message>
      <source>Zoom user export (CSV)</source>
      <translation>Zoom-Benutzerexport (CSV)</translation>
    </message>
    <message>
      <source>OS4K subscribers (AMO output or CSV)</source>
      <translation>OS4K-Teilnehmer (AMO-Ausgabe oder CSV)</translation>
    </message>
    <message>
      <source>Each subscriber has the user's email in PERSI</source>
      <translation>Jeder Teilnehmer hat die E-Mail des Benutzers in PERSI</translation>
    </message>
    <message>
      <source>The email must match the Zoom and CloudLink email exactly and cannot be edited later in the Assistant's Zoom PSI user data.</source>
      <translation>Die E-Mail muss genau der E-Mail in Zoom und CloudLink entsprechen und kann später in den Zoom-PSI-Benutzerdaten des Assistant nicht mehr geändert werden.</translation>
    </message>
    <message>
      <source>REG-PERSI output of the subscribers.</source>
      <translation>REG-PERSI-Ausgabe der Teilnehmer.</translation>
    </message>
    <message>
      <source>The public SBC address for Zoom registration is set (ZANDE OSMO)</source>
      <translation>Die öffentliche SBC-Adresse für die Zoom-Registrierung ist gesetzt (ZANDE OSMO)</translation>
    </message>
    <message>
      <source>This is the address advertised to Zoom for SIP client registration.</source>
      <translation>Das ist die Adresse, die Zoom für die Registrierung der SIP-Clients mitgeteilt wird.</translation>
    </message>
    <message>
      <source>REG-ZANDE:TYPE=OSMO; output.</source>
      <translation>Ausgabe von REG-ZANDE:TYPE=OSMO;.</translation>
    </message>
    <message>
      <source>Each subscriber has a voicemail index and digest authentication</source>
      <translation>Jeder Teilnehmer hat einen Voicemail-Index und Digest-Authentifizierung</translation>
    </message>
    <message>
      <source>A dummy voicemail index is enough when voicemail is not used.</source>
      <translation>Ein Dummy-Voicemail-Index genügt, wenn keine Voicemail genutzt wird.</translation>
    </message>
    <message>
      <source>REG-SBCSU output of the subscribers.</source>
      <translation>REG-SBCSU-Ausgabe der Teilnehmer.</translation>
    </message>
    <message>
      <source>The PMIDX points to a route (RICHT MODE=PM), even a dummy one</source>
      <translation>Der PMIDX zeigt auf eine Richtung (RICHT MODE=PM), und sei es eine Dummy-Richtung</translation>
    </message>
    <message>
      <source>Create the route for the index that the subscribers will use.</source>
      <translation>Legen Sie die Richtung für den Index an, den die Teilnehmer nutzen werden.</translation>
    </message>
    <message>
      <source>REG-RICHT:MODE=PM; output.</source>
      <translation>Ausgabe von REG-RICHT:MODE=PM;.</translation>
    </message>
    <message>
      <source>Numbering towards Zoom is E.164 (KNDEF)</source>
      <translation>Die Nummerierung Richtung Zoom ist E.164 (KNDEF)</translation>
    </message>
    <message>
      <source>Zoom works with E.164 numbers: every own virtual node needs its country, area and local code so that numbers can be presented that way. The guide writes KNDFF; the AMO that holds these codes is KNDEF. Paste its REG- output below.</source>
      <translation>Zoom arbeitet mit E.164-Nummern: Jeder eigene virtuelle Knoten braucht seine Landes-, Orts- und Anlagenkennzahl, damit Nummern so dargestellt werden können. Der Leitfaden schreibt KNDFF; das AMO, das diese Kennzahlen hält, ist KNDEF. Fügen Sie unten seine REG-Ausgabe ein.</translation>
    </message>
    <message>
      <source>REG-KNDEF output, judged.</source>
      <translation>Ausgabe von REG-KNDEF, bewertet.</translation>
    </message>
    <message>
      <source>REG-KNDEF output</source>
      <translation>Ausgabe von REG-KNDEF</translation>
    </message>
    <message>
      <source>Paste the output of REG-KNDEF; here</source>
      <translation>Ausgabe von REG-KNDEF; hier einfügen</translation>
    </message>
    <message>
      <source>DMC/SMP is active on the SIP gateways</source>
      <translation>DMC/SMP ist auf den SIP-Gateways aktiv</translation>
    </message>
    <message>
      <source>Zoom connectivity needs direct media connections on every SIP gateway that serves PSI users. Paste the REG-CGWB output below: each board is judged by its DMCDATA branch.</source>
      <translation>Die Zoom-Anbindung braucht Direct Media Connections auf jedem SIP-Gateway, das PSI-Benutzer bedient. Fügen Sie unten die REG-CGWB-Ausgabe ein: Jede Baugruppe wird nach ihrem DMCDATA-Zweig bewertet.</translation>
    </message>
    <message>
      <source>REG-CGWB output, judged.</source>
      <translation>Ausgabe von REG-CGWB, bewertet.</translation>
    </message>
    <message>
      <source>REG-CGWB output</source>
      <translation>Ausgabe von REG-CGWB</translation>
    </message>
    <message>
      <source>Paste the output of REG-CGWB; here</source>
      <translation>Ausgabe von REG-CGWB; hier einfügen</translation>
    </message>
    <message>
      <source>Each SIP subscriber has the DMCALLWD attribute</source>
      <translation>Jeder SIP-Teilnehmer hat das Attribut DMCALLWD</translation>
    </message>
    <message>
      <source>Set the attribute on every subscriber that will be used by Zoom.</source>
      <translation>Setzen Sie das Attribut bei jedem Teilnehmer, den Zoom nutzen wird.</translation>
    </message>
    <message>
      <source>REG-SDAT output of the subscribers.</source>
      <translation>REG-SDAT-Ausgabe der Teilnehmer.</translation>
    </message>
    <message>
      <source>Create the Zoom user entries in the Assistant and update them</source>
      <translation>Die Zoom-Benutzereinträge im Assistant anlegen und aktualisieren</translation>
    </message>
    <message>
      <source>Enter first name, last name and the email (identical to Zoom and PERSI; it cannot be edited later). When the email matches a subscriber an Update button appears; use it per user or Update all, or wait for the scheduled data synchronisation. Afterwards the user's status in Zoom's Integrated users list is updated. Changing Zoom configuration later does not update users: re-provision them.</source>
      <translation>Geben Sie Vorname, Nachname und die E-Mail ein (identisch mit Zoom und PERSI; sie kann später nicht geändert werden). Passt die E-Mail zu einem Teilnehmer, erscheint ein Update-Knopf; nutzen Sie ihn je Benutzer oder Update all, oder warten Sie auf den geplanten Datenabgleich. Danach wird der Status des Benutzers in der Liste Integrated users von Zoom aktualisiert. Spätere Änderungen der Zoom-Konfiguration aktualisieren die Benutzer nicht: Stellen Sie sie erneut bereit.</translation>
    </message>
    <message>
      <source>The Assistant's user data list and Zoom's integrated users list.</source>
      <translation>Die Benutzerdatenliste des Assistant und die Liste Integrated users von Zoom.</translation>
    </message>
    <message>
      <source>Alternatively, import the users from a Zoom CSV export</source>
      <translation>Alternativ die Benutzer aus einem Zoom-CSV-Export importieren</translation>
    </message>
    <message>
      <source>Zoom's export holds every user of the account: select only the PSI users before exporting. Import, then update the users under Data operation &gt; User data (or wait for the synchronisation). Editing or deleting a user in the Assistant does not change the Zoom account.</source>
      <translation>Der Export von Zoom enthält alle Benutzer des Kontos: Wählen Sie vor dem Export nur die PSI-Benutzer aus. Importieren Sie, und aktualisieren Sie die Benutzer dann unter Data operation &gt; User data (oder warten Sie auf den Abgleich). Bearbeiten oder Löschen eines Benutzers im Assistant ändert das Zoom-Konto nicht.</translation>
    </message>
    <message>
      <source>The CSV file imported, attached.</source>
      <translation>Die importierte CSV-Datei, angehängt.</translation>
    </message>
    <message>
      <source>Monitoring</source>
      <translation>Überwachung</translation>
    </message>
    <message>
      <source>Integration status, the user comparison report and the event history in Mitel Administration.</source>
      <translation>Integrationsstatus, der Benutzervergleichsbericht und der Ereignisverlauf in Mitel Administration.</translation>
    </message>
    <message>
      <source>The Zoom integration shows Connected, OAuth Authorized, sync successful</source>
      <translation>Die Zoom-Integration zeigt Connected, OAuth Authorized und einen erfolgreichen Abgleich</translation>
    </message>
    <message>
      <source>Check integration status, OAuth status, sync status and the last successful sync. A failed OAuth status means a partner or account admin must authorise the integration again.</source>
      <translation>Prüfen Sie Integrationsstatus, OAuth-Status, Abgleichstatus und den letzten erfolgreichen Abgleich. Ein fehlgeschlagener OAuth-Status bedeutet, dass ein Partner- oder Account-Admin die Integration erneut autorisieren muss.</translation>
    </message>
    <message>
      <source>Screenshot of the status summary.</source>
      <translation>Screenshot der Statusübersicht.</translation>
    </message>
    <message>
      <source>Generate and download the user comparison report</source>
      <translation>Den Benutzervergleichsbericht erzeugen und herunterladen</translation>
    </message>
    <message>
      <source>The report is produced asynchronously as a CSV; attach it here.</source>
      <translation>Der Bericht entsteht asynchron als CSV; hängen Sie ihn hier an.</translation>
    </message>
    <message>
      <source>The CSV attached.</source>
      <translation>Die angehängte CSV.</translation>
    </message>
    <message>
      <source>Resolve every issue the comparison report lists, then regenerate it</source>
      <translation>Jedes Problem aus dem Vergleichsbericht beheben, dann den Bericht neu erzeugen</translation>
    </message>
    <message>
      <source>Work through the issues column: CloudLinkUserNotFound, ZoomUserNotFound, ZoomSipPhoneNotFound, ZoomUserStatusInactive, ZoomUserStatusPending, NoClZoomPsiLicense. A user without the ZoomPSI licence gets no further checks, so licence first. Emails must match exactly across all sources.</source>
      <translation>Arbeiten Sie die Spalte issues ab: CloudLinkUserNotFound, ZoomUserNotFound, ZoomSipPhoneNotFound, ZoomUserStatusInactive, ZoomUserStatusPending, NoClZoomPsiLicense. Ein Benutzer ohne ZoomPSI-Lizenz wird nicht weiter geprüft, also zuerst die Lizenz. E-Mails müssen in allen Quellen genau übereinstimmen.</translation>
    </message>
    <message>
      <source>The regenerated report without issues.</source>
      <translation>Der neu erzeugte Bericht ohne Probleme.</translation>
    </message>
    <message>
      <source>User comparison report (CSV)</source>
      <translation>Benutzervergleichsbericht (CSV)</translation>
    </message>
    <message>
      <source>Review the integration's event history</source>
      <translation>Den Ereignisverlauf der Integration durchsehen</translation>
    </message>
    <message>
      <source>Actions taken in Mitel Administration appear only after about 24 hours; that delay is normal.</source>
      <translation>Aktionen in Mitel Administration erscheinen erst nach etwa 24 Stunden; diese Verzögerung ist normal.</translation>
    </message>
    <message>
      <source>The exported CSV attached.</source>
      <translation>Die exportierte CSV, angehängt.</translation>
    </message>
    <message>
      <source>SBC</source>
      <translation>SBC</translation>
    </message>
    <message>
      <source>Network, SIP server, certificate, media profiles, remote subscribers and push on the OpenScape SBC.</source>
      <translation>Netzwerk, SIP-Server, Zertifikat, Media Profiles, Remote Subscribers und Push auf dem OpenScape SBC.</translation>
    </message>
    <message>
      <source>Core realm: the LAN interface towards the OS4K</source>
      <translation>Core-Realm: die LAN-Schnittstelle zur OS4K</translation>
    </message>
    <message>
      <source>Enter the SBC's core (LAN) address and mask with signalling and media enabled.</source>
      <translation>Tragen Sie die Core-(LAN-)Adresse und Maske des SBC ein, mit Signalisierung und Medien eingeschaltet.</translation>
    </message>
    <message>
      <source>Screenshot of the core realm row.</source>
      <translation>Screenshot der Core-Realm-Zeile.</translation>
    </message>
    <message>
      <source>Access realm: the WAN interface towards Zoom, on a custom SIP-TLS port</source>
      <translation>Access-Realm: die WAN-Schnittstelle zu Zoom, auf einem eigenen SIP-TLS-Port</translation>
    </message>
    <message>
      <source>Enter the access (WAN) address and mask. PSI clients should use SIP over TLS: set SIP-UDP and SIP-TCP to 0 if nothing else needs them, and move SIP-TLS away from 5061 to a custom port for security.</source>
      <translation>Tragen Sie Access-(WAN-)Adresse und Maske ein. PSI-Clients sollten SIP über TLS nutzen: Setzen Sie SIP-UDP und SIP-TCP auf 0, wenn nichts anderes sie braucht, und legen Sie SIP-TLS aus Sicherheitsgründen von 5061 auf einen eigenen Port.</translation>
    </message>
    <message>
      <source>Screenshot of the access realm row; from outside, no plain SIP answer over UDP or TCP.</source>
      <translation>Screenshot der Access-Realm-Zeile; von außen keine Antwort auf reines SIP über UDP oder TCP.</translation>
    </message>
    <message>
      <source>host or IP[:port]; empty: the public FQDN, port 5060</source>
      <translation>Host oder IP[:Port]; leer: der öffentliche FQDN, Port 5060</translation>
    </message>
    <message>
      <source>Default gateway and static routes for both interfaces</source>
      <translation>Default-Gateway und statische Routen für beide Schnittstellen</translation>
    </message>
    <message>
      <source>Add the default gateway and the static routes of the core and access sides, then OK and Apply Changes.</source>
      <translation>Tragen Sie das Default-Gateway und die statischen Routen der Core- und Access-Seite ein, dann OK und Apply Changes.</translation>
    </message>
    <message>
      <source>Screenshot of the routing table.</source>
      <translation>Screenshot der Routingtabelle.</translation>
    </message>
    <message>
      <source>SIP server: clustered, pointing to the OS4K</source>
      <translation>SIP-Server: geclustert, mit Ziel OS4K</translation>
    </message>
    <message>
      <source>Under General choose Clustered, then add a clustered node server with the OS4K's SIP signalling address (the Site page's 'OS4K SIP signalling address', not necessarily the Assistant's). The guide gives no group name, node name or priority: choose them. Then OK and Apply Changes.</source>
      <translation>Unter General Clustered wählen, dann einen Clustered Node Server mit der SIP-Signalisierungsadresse der OS4K anlegen (auf der Standortseite 'SIP-Signalisierungsadresse der OS4K', nicht unbedingt die des Assistant). Der Leitfaden nennt weder Group name noch Node name noch Priority: wählen Sie sie. Dann OK und Apply Changes.</translation>
    </message>
    <message>
      <source>Screenshot of the clustered node servers.</source>
      <translation>Screenshot der geclusterten Node-Server.</translation>
    </message>
    <message>
      <source>Dynamic black list processes initial registrations</source>
      <translation>Die Dynamic Black List verarbeitet Erstregistrierungen</translation>
    </message>
    <message>
      <source>Tick the flag and click OK.</source>
      <translation>Option ankreuzen und OK klicken.</translation>
    </message>
    <message>
      <source>Screenshot.</source>
      <translation>Screenshot.</translation>
    </message>
    <message>
      <source>Upload a certificate for the SBC FQDN from a CA that Zoom trusts</source>
      <translation>Ein Zertifikat für den SBC-FQDN von einer CA hochladen, der Zoom vertraut</translation>
    </message>
    <message>
      <source>Zoom accepts SIP-TLS only from an SBC whose certificate chains to a CA it supports. The list is Zoom's and changes without notice: confirm the root with Zoom Support or the Zoom account representative and note who confirmed it and when. The subject CN must be the SBC FQDN, or an RFC 2818 wildcard SAN must cover it. Upload the CA chain, the server certificate and its private key, all as PEM.</source>
      <translation>Zoom nimmt SIP-TLS nur von einem SBC an, dessen Zertifikat auf eine von Zoom unterstützte CA führt. Die Liste führt Zoom und ändert sie ohne Ankündigung: Lassen Sie die Root-CA vom Zoom-Support oder dem Zoom-Ansprechpartner bestätigen und notieren Sie, wer sie wann bestätigt hat. Der Subject-CN muss der SBC-FQDN sein, oder ein Wildcard-SAN nach RFC 2818 muss ihn abdecken. Laden Sie die CA-Kette, das Serverzertifikat und seinen privaten Schlüssel hoch, alle als PEM.</translation>
    </message>
    <message>
      <source>The three files checked (name, chain, key, dates), Zoom's confirmation of the root, and the certificate the SBC serves.</source>
      <translation>Die drei geprüften Dateien (Name, Kette, Schlüssel, Daten), Zooms Bestätigung der Root-CA und das Zertifikat, das der SBC ausliefert.</translation>
    </message>
    <message>
      <source>Server certificate</source>
      <translation>Serverzertifikat</translation>
    </message>
    <message>
      <source>Private key</source>
      <translation>Privater Schlüssel</translation>
    </message>
    <message>
      <source>CA certificates (chain)</source>
      <translation>CA-Zertifikate (Kette)</translation>
    </message>
    <message>
      <source>Key passphrase</source>
      <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
      <source>only if the key or bundle is encrypted; never saved</source>
      <translation>nur wenn Schlüssel oder Bündel verschlüsselt sind; wird nie gespeichert</translation>
    </message>
    <message>
      <source>Zoom confirmed the root CA</source>
      <translation>Zoom hat die Root-CA bestätigt</translation>
    </message>
    <message>
      <source>who at Zoom confirmed it, and when</source>
      <translation>wer bei Zoom sie bestätigt hat, und wann</translation>
    </message>
    <message>
      <source>Create the Zoom certificate profile</source>
      <translation>Das Zoom-Zertifikatsprofil anlegen</translation>
    </message>
    <message>
      <source>Select the uploaded files and set verification and minimum TLS version as listed, then OK and Apply Changes.</source>
      <translation>Wählen Sie die hochgeladenen Dateien und setzen Sie Prüfung und minimale TLS-Version wie aufgeführt, dann OK und Apply Changes.</translation>
    </message>
    <message>
      <source>Screenshot of the profile; TLS 1.0/1.1 refused and 1.2 accepted, probed from outside.</source>
      <translation>Screenshot des Profils; TLS 1.0/1.1 abgelehnt und 1.2 angenommen, von außen geprüft.</translation>
    </message>
    <message>
      <source>Enable remote subscribers and codec support for transcoding</source>
      <translation>Remote Subscribers und Codec-Unterstützung für Transcoding einschalten</translation>
    </message>
    <message>
      <source>Tick both, configure the codecs the media profiles will offer, OK and Apply Changes.</source>
      <translation>Beides ankreuzen, die Codecs konfigurieren, die die Media Profiles anbieten werden, OK und Apply Changes.</translation>
    </message>
    <message>
      <source>Screenshot of the features page.</source>
      <translation>Screenshot der Seite Features.</translation>
    </message>
    <message>
      <source>Remote subscribers accept a registration expiry of 2678400 s</source>
      <translation>Remote Subscribers nehmen eine Registrierungsdauer von 2678400 s an</translation>
    </message>
    <message>
      <source>Zoom mobile clients register for 31 days; a lower maximum makes the SBC reject them. A REGISTER as a PSI client from outside shows the expiry actually granted. The guide sets the other values of this dialog as its example shows: they are listed as it shows them.</source>
      <translation>Zoom-Mobilclients registrieren sich für 31 Tage; ein niedrigeres Maximum lässt den SBC sie abweisen. Ein REGISTER als PSI-Client von außen zeigt die tatsächlich gewährte Gültigkeit. Die übrigen Werte dieses Dialogs setzt der Leitfaden wie in seinem Beispiel: Sie stehen hier so, wie es sie zeigt.</translation>
    </message>
    <message>
      <source>Screenshot of the setting; the expiry granted to a test REGISTER.</source>
      <translation>Screenshot der Einstellung; die einem Test-REGISTER gewährte Dauer.</translation>
    </message>
    <message>
      <source>host or IP[:port]; empty: the public FQDN</source>
      <translation>Host oder IP[:Port]; leer: der öffentliche FQDN</translation>
    </message>
    <message>
      <source>Authorization name</source>
      <translation>Autorisierungsname</translation>
    </message>
    <message>
      <source>a test subscriber, e.g. 3100; empty: OPTIONS only</source>
      <translation>ein Testteilnehmer, z. B. 3100; leer: nur OPTIONS</translation>
    </message>
    <message>
      <source>Digest password</source>
      <translation>Digest-Passwort</translation>
    </message>
    <message>
      <source>used once, never saved</source>
      <translation>wird einmal benutzt, nie gespeichert</translation>
    </message>
    <message>
      <source>SIP domain</source>
      <translation>SIP-Domäne</translation>
    </message>
    <message>
      <source>empty: the public FQDN</source>
      <translation>leer: der öffentliche FQDN</translation>
    </message>
    <message>
      <source>Create the Zoom media profile and bind it to the ZoomPbxPhone user agent</source>
      <translation>Das Zoom-Media-Profile anlegen und an den User Agent ZoomPbxPhone binden</translation>
    </message>
    <message>
      <source>SBC to Zoom media is always SRTP. With Keep sendonly attribute on NAT enabled the user sees remote hold but hears no music on hold, so leave it off. Then add the user agent mapping.</source>
      <translation>Medien vom SBC zu Zoom sind immer SRTP. Ist Keep sendonly attribute on NAT eingeschaltet, sieht der Benutzer das Halten der Gegenseite, hört aber keine Wartemusik – lassen Sie es also aus. Fügen Sie dann die User-Agent-Zuordnung hinzu.</translation>
    </message>
    <message>
      <source>Screenshot of the profile and the user agent table.</source>
      <translation>Screenshot des Profils und der User-Agent-Tabelle.</translation>
    </message>
    <message>
      <source>OS4K media profile: default over TCP, SRTP/SDES over TLS</source>
      <translation>OS4K-Media-Profile: Standard über TCP, SRTP/SDES über TLS</translation>
    </message>
    <message>
      <source>With TCP between SBC and OS4K the default profile (RTP only) is enough. With TLS create a profile and select it as the Core Side Media Configuration.</source>
      <translation>Mit TCP zwischen SBC und OS4K genügt das Standardprofil (nur RTP). Mit TLS legen Sie ein Profil an und wählen es als Core Side Media Configuration.</translation>
    </message>
    <message>
      <source>Screenshot of the core side media configuration.</source>
      <translation>Screenshot der Core Side Media Configuration.</translation>
    </message>
    <message>
      <source>Test calls through the SBC</source>
      <translation>Testanrufe über den SBC</translation>
    </message>
    <message>
      <source>The last proof before the report. Two test stations register through the SBC's public FQDN and SIP-TLS port as Zoom PSI clients (user agent ZoomPbxPhone), one calls the other, the other answers, audio goes both ways for a few seconds over SRTP with SDES keys, then the call is hung up and both registrations removed. Then three more offers test the Zoom media profile from outside: plain RTP must be refused (SRTP only), an offer of only a codec the profile does not configure must be refused (Allow unconfigured codecs off), an SRTP offer must be answered with SDES. Use two stations that are SIP subscribers with a digest password; the passwords are used for this run and never saved in the project.</source>
      <translation>Der letzte Nachweis vor dem Bericht. Zwei Teststationen registrieren sich als Zoom-PSI-Clients (User Agent ZoomPbxPhone) über den öffentlichen FQDN und den SIP-TLS-Port des SBC, die eine ruft die andere an, die andere nimmt ab, einige Sekunden lang geht Audio in beide Richtungen über SRTP mit SDES-Schlüsseln, dann wird aufgelegt und beide Registrierungen werden entfernt. Danach prüfen drei weitere Angebote das Zoom-Medienprofil von außen: reines RTP muss abgelehnt werden (SRTP only), ein Angebot nur eines im Profil nicht konfigurierten Codecs muss abgelehnt werden (Allow unconfigured codecs aus), ein SRTP-Angebot muss mit SDES beantwortet werden. Nehmen Sie zwei Stationen, die SIP-Teilnehmer mit Digest-Passwort sind; die Passwörter werden für diesen Lauf verwendet und nie im Projekt gespeichert.</translation>
    </message>
    <message>
      <source>The call's set-up time, codec and SRTP crypto suite, packets sent, received and lost, jitter and one-way delay each way, the SIP ladder, and the three media-profile offers with their answers: proof that the SBC carries Zoom PSI calls with encrypted audio both ways and that §9.4.2's media profile holds.</source>
      <translation>Aufbauzeit, Codec und SRTP-Crypto-Suite des Anrufs, gesendete, empfangene und verlorene Pakete, Jitter und Einwegverzögerung je Richtung, die SIP-Leiter und die drei Angebote an das Medienprofil mit ihren Antworten: der Nachweis, dass der SBC Zoom-PSI-Anrufe mit verschlüsseltem Audio in beide Richtungen trägt und das Medienprofil aus §9.4.2 hält.</translation>
    </message>
    <message>
      <source>Calling station</source>
      <translation>Anrufende Station</translation>
    </message>
    <message>
      <source>its station number, e.g. 3100</source>
      <translation>ihre Stationsnummer, z. B. 3100</translation>
    </message>
    <message>
      <source>Calling station's digest password</source>
      <translation>Digest-Passwort der anrufenden Station</translation>
    </message>
    <message>
      <source>used for this call, never saved</source>
      <translation>nur für diesen Anruf, nie gespeichert</translation>
    </message>
    <message>
      <source>Called station</source>
      <translation>Angerufene Station</translation>
    </message>
    <message>
      <source>its station number, e.g. 3101</source>
      <translation>ihre Stationsnummer, z. B. 3101</translation>
    </message>
    <message>
      <source>Called station's digest password</source>
      <translation>Digest-Passwort der angerufenen Station</translation>
    </message>
    <message>
      <source>CA certificates of the SBC (only a private CA)</source>
      <translation>CA-Zertifikate des SBC (nur bei einer privaten CA)</translation>
    </message>
    <message>
      <source>Enable the push notification service for Zoom mobile</source>
      <translation>Den Push-Benachrichtigungsdienst für Zoom Mobile einschalten</translation>
    </message>
    <message>
      <source>Tick it, OK and Apply changes. Pushes go to Zoom through the SBC's CloudLink link.</source>
      <translation>Ankreuzen, OK und Apply changes. Pushes gehen über die CloudLink-Verbindung des SBC an Zoom.</translation>
    </message>
    <message>
      <source>Emergency</source>
      <translation>Notruf</translation>
    </message>
    <message>
      <source>E911 with RedSky: CloudLink, OS4K trunk, SBC endpoint and IP range mapping. Emergency calls work from the Zoom desktop client only.</source>
      <translation>E911 mit RedSky: CloudLink, OS4K-Trunk, SBC-Endpunkt und Zuordnung der IP-Bereiche. Notrufe funktionieren nur aus dem Zoom-Desktop-Client.</translation>
    </message>
    <message>
      <source>Emergency settings (911 or 112) in CloudLink</source>
      <translation>Notrufeinstellungen (911 oder 112) in CloudLink</translation>
    </message>
    <message>
      <source>Configure the emergency settings of the PBX there. CloudLink forwards the Zoom desktop client's location request to RedSky with the tenant data set here.</source>
      <translation>Konfigurieren Sie dort die Notrufeinstellungen der PBX. CloudLink leitet die Standortanfrage des Zoom-Desktop-Clients mit den hier gesetzten Mandantendaten an RedSky weiter.</translation>
    </message>
    <message>
      <source>Screenshot of the system settings.</source>
      <translation>Screenshot der Systemeinstellungen.</translation>
    </message>
    <message>
      <source>OS4K native SIP trunk to the SBC sends geolocation for emergency calls</source>
      <translation>Der native SIP-Trunk der OS4K zum SBC sendet bei Notrufen die Geolocation</translation>
    </message>
    <message>
      <source>Route emergency calls over a native SIP trunk to the SBC and set the trunk's Call Geolocation (RFC 6442) parameter.</source>
      <translation>Leiten Sie Notrufe über einen nativen SIP-Trunk zum SBC und setzen Sie beim Trunk den Parameter Call Geolocation (RFC 6442).</translation>
    </message>
    <message>
      <source>Screenshot of the trunk parameter.</source>
      <translation>Screenshot des Trunk-Parameters.</translation>
    </message>
    <message>
      <source>E911 provider account, whitelisted SBC address and firewall rules</source>
      <translation>E911-Anbieterkonto, freigeschaltete SBC-Adresse und Firewall-Regeln</translation>
    </message>
    <message>
      <source>Get an account from the provider (RedSky or Intrado), have the SBC's public sending address whitelisted by the provider, and open the firewall for the signalling and RTP ports used for emergency calls.</source>
      <translation>Besorgen Sie ein Konto beim Anbieter (RedSky oder Intrado), lassen Sie die öffentliche Absenderadresse des SBC beim Anbieter freischalten (Whitelist) und öffnen Sie die Firewall für die Signalisierungs- und RTP-Ports der Notrufe.</translation>
    </message>
    <message>
      <source>The provider's confirmation of the whitelist.</source>
      <translation>Die Bestätigung der Freischaltung durch den Anbieter.</translation>
    </message>
    <message>
      <source>E911 media profile as the provider specifies</source>
      <translation>E911-Media-Profile nach Vorgabe des Anbieters</translation>
    </message>
    <message>
      <source>Media protocol and codecs are the provider's choice: confirm them with the provider's support.</source>
      <translation>Medienprotokoll und Codecs bestimmt der Anbieter: Bestätigen Sie sie mit dessen Support.</translation>
    </message>
    <message>
      <source>Screenshot of the profile.</source>
      <translation>Screenshot des Profils.</translation>
    </message>
    <message>
      <source>SIP service provider profile for the E911 provider</source>
      <translation>SIP-Service-Provider-Profil für den E911-Anbieter</translation>
    </message>
    <message>
      <source>Create the profile, OK and Apply Changes.</source>
      <translation>Profil anlegen, OK und Apply Changes.</translation>
    </message>
    <message>
      <source>Remote endpoint for the E911 provider</source>
      <translation>Remote Endpoint für den E911-Anbieter</translation>
    </message>
    <message>
      <source>Remote URL, port and transport come from the provider. Give the Remote Location Identification Routing a core realm port that no other endpoint uses.</source>
      <translation>Remote-URL, Port und Transport kommen vom Anbieter. Geben Sie dem Remote Location Identification Routing einen Core-Realm-Port, den kein anderer Endpunkt nutzt.</translation>
    </message>
    <message>
      <source>Screenshot of the remote endpoint table.</source>
      <translation>Screenshot der Remote-Endpoint-Tabelle.</translation>
    </message>
    <message>
      <source>Map the site's IP ranges to buildings and locations in RedSky</source>
      <translation>Die IP-Bereiche des Standorts in RedSky Gebäuden und Orten zuordnen</translation>
    </message>
    <message>
      <source>For each subnet enter range start and end, building, location and a description. A building or location that is missing from the list must be created first.</source>
      <translation>Tragen Sie für jedes Subnetz Anfang und Ende des Bereichs, Gebäude, Ort und eine Beschreibung ein. Ein Gebäude oder Ort, der in der Liste fehlt, muss zuerst angelegt werden.</translation>
    </message>
    <message>
      <source>The IP range mappings as listed by RedSky, compared with the site's subnet table.</source>
      <translation>Die IP-Bereichszuordnungen, wie RedSky sie auflistet, verglichen mit der Subnetztabelle des Standorts.</translation>
    </message>
    <message>
      <source>The site's subnet table (CSV: Range Start, Range End, Building, Location, Description)</source>
      <translation>Die Subnetztabelle des Standorts (CSV: Range Start, Range End, Building, Location, Description)</translation>
    </message>
    <message>
      <source>Known restrictions</source>
      <translation>Bekannte Einschränkungen</translation>
    </message>
    <message>
      <source>Known limitations to act on or to tell the customer, and the SBC's factory password.</source>
      <translation>Bekannte Einschränkungen, bei denen zu handeln oder die dem Kunden zu sagen sind, und das Werkspasswort des SBC.</translation>
    </message>
    <message>
      <source>SIP via UDP is unchecked on the OS4K voice gateway</source>
      <translation>SIP via UDP ist am OS4K-Sprachgateway abgewählt</translation>
    </message>
    <message>
      <source>PSI requires the gateway to stop offering SIP over UDP.</source>
      <translation>PSI verlangt, dass das Gateway kein SIP über UDP mehr anbietet.</translation>
    </message>
    <message>
      <source>Screenshot of the SIP transport protocol settings.</source>
      <translation>Screenshot der Einstellungen des SIP-Transportprotokolls.</translation>
    </message>
    <message>
      <source>Tell the customer: PSI clients show a text instead of a busy tone</source>
      <translation>Dem Kunden sagen: PSI-Clients zeigen einen Text statt eines Besetzttons</translation>
    </message>
    <message>
      <source>When the OS4K answers 486 Busy Here, the Zoom PSI client displays a 'currently busy' message and plays no busy tone. This is a known limitation; record that the customer was told.</source>
      <translation>Antwortet die OS4K mit 486 Busy Here, zeigt der Zoom-PSI-Client eine Meldung „currently busy“ und spielt keinen Besetztton. Das ist eine bekannte Einschränkung; halten Sie fest, dass der Kunde informiert wurde.</translation>
    </message>
    <message>
      <source>A note naming who was told.</source>
      <translation>Eine Notiz, wer informiert wurde.</translation>
    </message>
    <message>
      <source>The SBC's factory administrator password has been changed</source>
      <translation>Das Werkspasswort des SBC-Administrators wurde geändert</translation>
    </message>
    <message>
      <source>The SBC ships with a documented default for the user administrator. If it still works, anyone who reads the manual can administer the SBC: change it, following the SBC V11 security checklist.</source>
      <translation>Der SBC wird mit einem dokumentierten Standardpasswort für den Benutzer administrator ausgeliefert. Funktioniert es noch, kann jeder, der das Handbuch liest, den SBC verwalten: Ändern Sie es nach der Sicherheits-Checkliste für SBC V11.</translation>
    </message>
    <message>
      <source>A note, or a failed login with the default as seen from outside.</source>
      <translation>Eine Notiz oder eine von außen fehlgeschlagene Anmeldung mit dem Standardpasswort.</translation>
    </message>
    <message>
      <source>Report</source>
      <translation>Bericht</translation>
    </message>
    <message>
      <source>Where the installation stands, chapter by chapter.</source>
      <translation>Wo die Installation steht, Kapitel für Kapitel.</translation>
    </message>
  </context>
  <context>
    <name>site</name>
    <message>
      <source>Site</source>
      <translation>Standort</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Kunde</translation>
    </message>
    <message>
      <source>Example Corp</source>
      <translation>Beispiel GmbH</translation>
    </message>
    <message>
      <source>Munich HQ</source>
      <translation>Zentrale München</translation>
    </message>
    <message>
      <source>Engineer</source>
      <translation>Techniker</translation>
    </message>
    <message>
      <source>Name of the commissioning engineer</source>
      <translation>Name des Inbetriebnahme-Technikers</translation>
    </message>
    <message>
      <source>Engineer's company</source>
      <translation>Firma des Technikers</translation>
    </message>
    <message>
      <source>Integrator Ltd</source>
      <translation>Integrator GmbH</translation>
    </message>
    <message>
      <source>OpenScape 4000</source>
      <translation>OpenScape 4000</translation>
    </message>
    <message>
      <source>OS4K Assistant host</source>
      <translation>OS4K-Assistant-Host</translation>
    </message>
    <message>
      <source>10.180.0.10 or os4k.example.local</source>
      <translation>10.180.0.10 oder os4k.example.local</translation>
    </message>
    <message>
      <source>OS4K SIP signalling address</source>
      <translation>SIP-Signalisierungsadresse der OS4K</translation>
    </message>
    <message>
      <source>the address the OS4K takes SIP on, e.g. 10.180.0.20</source>
      <translation>die Adresse, auf der die OS4K SIP annimmt, z. B. 10.180.0.20</translation>
    </message>
    <message>
      <source>OpenScape SBC</source>
      <translation>OpenScape SBC</translation>
    </message>
    <message>
      <source>SBC core (LAN) IP</source>
      <translation>SBC-Core-IP (LAN)</translation>
    </message>
    <message>
      <source>10.180.0.4</source>
      <translation>10.180.0.4</translation>
    </message>
    <message>
      <source>SBC core subnet mask</source>
      <translation>SBC-Subnetzmaske (Core)</translation>
    </message>
    <message>
      <source>255.255.248.0</source>
      <translation>255.255.248.0</translation>
    </message>
    <message>
      <source>SBC access (WAN) IP</source>
      <translation>SBC-Access-IP (WAN)</translation>
    </message>
    <message>
      <source>10.181.181.147</source>
      <translation>10.181.181.147</translation>
    </message>
    <message>
      <source>SBC access subnet mask</source>
      <translation>SBC-Subnetzmaske (Access)</translation>
    </message>
    <message>
      <source>255.255.255.0</source>
      <translation>255.255.255.0</translation>
    </message>
    <message>
      <source>SBC default gateway</source>
      <translation>SBC-Standard-Gateway</translation>
    </message>
    <message>
      <source>10.181.181.1</source>
      <translation>10.181.181.1</translation>
    </message>
    <message>
      <source>SBC public FQDN</source>
      <translation>Öffentlicher FQDN des SBC</translation>
    </message>
    <message>
      <source>sbc01.example.com</source>
      <translation>sbc01.example.com</translation>
    </message>
    <message>
      <source>SBC public IP</source>
      <translation>Öffentliche IP des SBC</translation>
    </message>
    <message>
      <source>the address the FQDN resolves to, e.g. 203.0.113.10</source>
      <translation>die Adresse, auf die der FQDN auflöst, z. B. 203.0.113.10</translation>
    </message>
    <message>
      <source>SBC SIP-TLS port</source>
      <translation>SIP-TLS-Port des SBC</translation>
    </message>
    <message>
      <source>65061</source>
      <translation>65061</translation>
    </message>
    <message>
      <source>SBC media (RTP/SRTP) port range</source>
      <translation>Medien-Portbereich des SBC (RTP/SRTP)</translation>
    </message>
    <message>
      <source>e.g. 20000-40000</source>
      <translation>z. B. 20000-40000</translation>
    </message>
    <message>
      <source>Cloud accounts</source>
      <translation>Cloud-Konten</translation>
    </message>
    <message>
      <source>Zoom account ID</source>
      <translation>Zoom-Konto-ID</translation>
    </message>
    <message>
      <source>Server-to-Server OAuth account ID</source>
      <translation>Konto-ID für Server-to-Server OAuth</translation>
    </message>
    <message>
      <source>CloudLink account</source>
      <translation>CloudLink-Konto</translation>
    </message>
    <message>
      <source>Customer account name or ID</source>
      <translation>Name oder ID des Kundenkontos</translation>
    </message>
    <message>
      <source>RedSky tenant</source>
      <translation>RedSky-Mandant</translation>
    </message>
    <message>
      <source>Organization ID</source>
      <translation>Organisations-ID</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Netzwerk</translation>
    </message>
    <message>
      <source>Customer HTTP proxy</source>
      <translation>HTTP-Proxy des Kunden</translation>
    </message>
    <message>
      <source>http://proxy.example.local:3128</source>
      <translation>http://proxy.example.local:3128</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message>
      <source>the wizard hit an internal error; nothing more was done</source>
      <translation>der Wizard ist auf einen internen Fehler gestoßen; es wurde nichts weiter getan</translation>
    </message>
    <message>
      <source>everything saved so far is safe in the project file; send the log file (Help &gt; Open the log file) to support</source>
      <translation>alles bisher Gespeicherte ist sicher in der Projektdatei; senden Sie die Protokolldatei (Hilfe &gt; Protokolldatei öffnen) an den Support</translation>
    </message>
    <message>
      <source>there is no signing identity yet</source>
      <translation>es gibt noch keine Signaturidentität</translation>
    </message>
    <message>
      <source>use or create one first</source>
      <translation>verwenden oder erstellen Sie zuerst eine</translation>
    </message>
    <message>
      <source>no signed report was built in this session yet</source>
      <translation>in dieser Sitzung wurde noch kein signierter Bericht erstellt</translation>
    </message>
    <message>
      <source>build the signed report first: the exports are its copy</source>
      <translation>erstellen Sie zuerst den signierten Bericht: die Exporte sind seine Kopie</translation>
    </message>
    <message>
      <source>{command}{message}</source>
      <translation>{command}{message}</translation>
    </message>
    <message>
      <source>see {prog} --help</source>
      <translation>siehe {prog} --help</translation>
    </message>
    <message>
      <source>line {line}: a quoted value is not closed</source>
      <translation>Zeile {line}: ein Wert in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
      <source>check the quotes in that command</source>
      <translation>prüfen Sie die Anführungszeichen in diesem Befehl</translation>
    </message>
    <message>
      <source>the AMO '{text}' spans several lines</source>
      <translation>das AMO '{text}' erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
      <source>an AMO is sent as one line</source>
      <translation>ein AMO wird als eine Zeile gesendet</translation>
    </message>
    <message>
      <source>the AMO '{text}' still holds a placeholder</source>
      <translation>das AMO '{text}' enthält noch einen Platzhalter</translation>
    </message>
    <message>
      <source>fill in the value between &lt; and &gt; before sending</source>
      <translation>tragen Sie vor dem Senden den Wert zwischen &lt; und &gt; ein</translation>
    </message>
    <message>
      <source>'{text}' is not exactly one AMO</source>
      <translation>'{text}' ist nicht genau ein AMO</translation>
    </message>
    <message>
      <source>send one command per line</source>
      <translation>senden Sie einen Befehl pro Zeile</translation>
    </message>
    <message>
      <source>{noun} records hold parameters the wizard does not read: {names} (first on line {line}).</source>
      <translation>{noun}-Datensätze enthalten Parameter, die der Wizard nicht liest: {names} (zuerst in Zeile {line}).</translation>
    </message>
    <message>
      <source>If one of them carries a setting the guide asks for (§2.2, §7.2), check it by hand.</source>
      <translation>Wenn einer davon eine Einstellung trägt, die der Leitfaden verlangt (§2.2, §7.2), prüfen Sie sie von Hand.</translation>
    </message>
    <message>
      <source>line {start_line}: the command '{pending}' has no closing ';'</source>
      <translation>Zeile {start_line}: dem Befehl '{pending}' fehlt das abschließende ';'</translation>
    </message>
    <message>
      <source>copy the complete output, including the last line of each command</source>
      <translation>kopieren Sie die vollständige Ausgabe, einschließlich der letzten Zeile jedes Befehls</translation>
    </message>
    <message>
      <source>The output contains error {code} (line {line}): {text}</source>
      <translation>Die Ausgabe enthält den Fehler {code} (Zeile {line}): {text}</translation>
    </message>
    <message>
      <source>Some records may be missing from this output: correct the command and display it again.</source>
      <translation>In dieser Ausgabe fehlen womöglich Datensätze: Korrigieren Sie das Kommando und lassen Sie es erneut anzeigen.</translation>
    </message>
    <message>
      <source>Lines {first}–{last} are a DIS- table; the wizard reads the commands REG- prints, not tables.</source>
      <translation>Die Zeilen {first}–{last} sind eine DIS-Tabelle; der Wizard liest die Kommandos, die REG- ausgibt, keine Tabellen.</translation>
    </message>
    <message>
      <source>Display the same records with REG- (for example REG-SBCSU:STNO=&lt;STNO&gt;;) and paste that output.</source>
      <translation>Lassen Sie dieselben Datensätze mit REG- ausgeben (zum Beispiel REG-SBCSU:STNO=&lt;STNO&gt;;) und fügen Sie diese Ausgabe ein.</translation>
    </message>
    <message>
      <source>The output shows no SIP gateway (AMO CGWB).</source>
      <translation>Die Ausgabe zeigt kein SIP-Gateway (AMO CGWB).</translation>
    </message>
    <message>
      <source>Display the gateways with REG-CGWB; and paste the output (guide §7.2).</source>
      <translation>Zeigen Sie die Gateways mit REG-CGWB; an und fügen Sie die Ausgabe ein (Leitfaden §7.2).</translation>
    </message>
    <message>
      <source>The output shows no own virtual node (AMO KNDEF, TYPE=OWN).</source>
      <translation>Die Ausgabe zeigt keinen eigenen virtuellen Knoten (AMO KNDEF, TYPE=OWN).</translation>
    </message>
    <message>
      <source>Display the nodes with REG-KNDEF; and paste the output (guide §7.2; the guide writes KNDFF).</source>
      <translation>Zeigen Sie die Knoten mit REG-KNDEF; an und fügen Sie die Ausgabe ein (Leitfaden §7.2; der Leitfaden schreibt KNDFF).</translation>
    </message>
    <message>
      <source>No system number was found (AMO ANSU, SYSNO).</source>
      <translation>Es wurde keine Anlagennummer gefunden (AMO ANSU, SYSNO).</translation>
    </message>
    <message>
      <source>Display it with REG-ANSU; and REG-ANUM; and add the output, or configure a unique system number (guide §2.2).</source>
      <translation>Lassen Sie sie mit REG-ANSU; und REG-ANUM; ausgeben und fügen Sie die Ausgabe hinzu, oder konfigurieren Sie eine eindeutige Anlagennummer (Leitfaden §2.2).</translation>
    </message>
    <message>
      <source>The system number is 0, which means it was never set.</source>
      <translation>Die Anlagennummer ist 0, sie wurde also nie gesetzt.</translation>
    </message>
    <message>
      <source>Configure a unique system number with AMO ANUM/ANSU (guide §2.2).</source>
      <translation>Eine eindeutige Anlagennummer mit AMO ANUM/ANSU konfigurieren (Leitfaden §2.2).</translation>
    </message>
    <message>
      <source>ANUM and ANSU disagree about the system number ({shown}).</source>
      <translation>ANUM und ANSU nennen verschiedene Anlagennummern ({shown}).</translation>
    </message>
    <message>
      <source>Make both carry the same system number. (Which ANUM parameter holds the system number is not confirmed by any public AMO description: compare the two by eye before changing anything.)</source>
      <translation>Geben Sie beiden dieselbe Anlagennummer. (Welcher ANUM-Parameter die Anlagennummer hält, bestätigt keine öffentliche AMO-Beschreibung: Vergleichen Sie beide mit eigenen Augen, bevor Sie etwas ändern.)</translation>
    </message>
    <message>
      <source>Make both carry the same system number.</source>
      <translation>Geben Sie beiden dieselbe Anlagennummer.</translation>
    </message>
    <message>
      <source>System number {value} is also used by another system of the customer.</source>
      <translation>Die Anlagennummer {value} nutzt auch ein anderes System des Kunden.</translation>
    </message>
    <message>
      <source>Give this system its own number (guide §2.2).</source>
      <translation>Geben Sie diesem System eine eigene Nummer (Leitfaden §2.2).</translation>
    </message>
    <message>
      <source>The SBC address for Zoom registration (ZANDE TYPE=OSMO, SBCADDR1) is not set.</source>
      <translation>Die SBC-Adresse für die Zoom-Registrierung (ZANDE TYPE=OSMO, SBCADDR1) ist nicht gesetzt.</translation>
    </message>
    <message>
      <source>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port};</source>
      <translation>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port};</translation>
    </message>
    <message>
      <source>ZANDE OSMO SBCADDR1 is {configured}, but the site's SBC public address is {address}.</source>
      <translation>ZANDE OSMO SBCADDR1 ist {configured}, die öffentliche SBC-Adresse des Standorts aber {address}.</translation>
    </message>
    <message>
      <source>ZANDE OSMO PORT1 is {configured}, but the SBC's SIP-TLS port is {port}.</source>
      <translation>ZANDE OSMO PORT1 ist {configured}, der SIP-TLS-Port des SBC aber {port}.</translation>
    </message>
    <message>
      <source>Station {stno} has no email in PERSI; it cannot be matched to a Zoom user.</source>
      <translation>Station {stno} hat keine E-Mail in PERSI; sie lässt sich keinem Zoom-Benutzer zuordnen.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"&lt;email of the Zoom user&gt;";</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"&lt;E-Mail des Zoom-Benutzers&gt;";</translation>
    </message>
    <message numerus="yes">
      <source>Station {stno} is a desk/client configuration (REG-SBCSU shows {count} devices): it is not offered for provisioning (guide §2.2); its associated devices can still be used.</source>
      <translation>
        <numerusform>Station {stno} ist eine Desk/Client-Konfiguration (REG-SBCSU zeigt {count} Gerät): Sie wird nicht zur Provisionierung angeboten (Leitfaden §2.2); ihre zugeordneten Geräte bleiben nutzbar.</numerusform>
        <numerusform>Station {stno} ist eine Desk/Client-Konfiguration (REG-SBCSU zeigt {count} Geräte): Sie wird nicht zur Provisionierung angeboten (Leitfaden §2.2); ihre zugeordneten Geräte bleiben nutzbar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Give the person's Zoom user a SIP/UFIP station of its own.</source>
      <translation>Geben Sie dem Zoom-Benutzer der Person eine eigene SIP/UFIP-Station.</translation>
    </message>
    <message>
      <source>Station {stno} has no voicemail index (PMIDX).</source>
      <translation>Station {stno} hat keinen Voicemail-Index (PMIDX).</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=&lt;PM index&gt;; (a dummy voicemail is enough)</source>
      <translation>CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=&lt;PM-Index&gt;; (eine Dummy-Voicemail genügt)</translation>
    </message>
    <message>
      <source>Station {stno} uses PMIDX {pmidx}, but no RICHT MODE=PM route has IDX {pmidx}.</source>
      <translation>Station {stno} nutzt PMIDX {pmidx}, aber keine Richtung RICHT MODE=PM hat IDX {pmidx}.</translation>
    </message>
    <message>
      <source>ADD-RICHT:MODE=PM,IDX={pmidx},SAN=&lt;voicemail number&gt;,STYPE=OTHER;</source>
      <translation>ADD-RICHT:MODE=PM,IDX={pmidx},SAN=&lt;Voicemail-Nummer&gt;,STYPE=OTHER;</translation>
    </message>
    <message>
      <source>Station {stno} has no digest password (IPPASSW).</source>
      <translation>Station {stno} hat kein Digest-Passwort (IPPASSW).</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO={stno},OPT=OPTI,IPPASSW="&lt;digest password&gt;";</source>
      <translation>CHANGE-SBCSU:STNO={stno},OPT=OPTI,IPPASSW="&lt;Digest-Passwort&gt;";</translation>
    </message>
    <message>
      <source>Station {stno}: the output does not show its call log setting.</source>
      <translation>Station {stno}: Die Ausgabe zeigt ihre Anruflisten-Einstellung nicht.</translation>
    </message>
    <message>
      <source>Display it with REG-SBCSU:STNO={stno}; and check that the call log is ALL (guide §2.2). The wizard reads it as {parameter}, a name no public source confirms: if the output names it otherwise, it says so as a parameter it does not read.</source>
      <translation>Zeigen Sie sie mit REG-SBCSU:STNO={stno}; an und prüfen Sie, dass das Anrufjournal ALL ist (Leitfaden §2.2). Der Wizard liest es als {parameter}, ein Name, den keine öffentliche Quelle bestätigt: Nennt die Ausgabe es anders, meldet er dies als Parameter, den er nicht liest.</translation>
    </message>
    <message>
      <source>Station {stno} has call log {call_log}, not ALL.</source>
      <translation>Station {stno} hat Anrufliste {call_log}, nicht ALL.</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (guide §2.2; a provisioning wave sets it)</source>
      <translation>CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (Leitfaden §2.2; eine Provisionierungswelle setzt es)</translation>
    </message>
    <message>
      <source>Station {stno} lacks the DMCALLWD attribute.</source>
      <translation>Station {stno} fehlt das Attribut DMCALLWD.</translation>
    </message>
    <message>
      <source>CHANGE-SDAT:{stno},ATTRIBUT,DMCALLWD;</source>
      <translation>CHANGE-SDAT:{stno},ATTRIBUT,DMCALLWD;</translation>
    </message>
    <message>
      <source>Station {stno} does not appear in the AMO output.</source>
      <translation>Station {stno} kommt in der AMO-Ausgabe nicht vor.</translation>
    </message>
    <message>
      <source>Display it with REG-SBCSU:STNO={stno}; and add the output, or check the number.</source>
      <translation>Mit REG-SBCSU:STNO={stno}; anzeigen und die Ausgabe hinzufügen, oder die Nummer prüfen.</translation>
    </message>
    <message>
      <source>Line {line} is not an AMO the wizard can read ({why}): {text}</source>
      <translation>Zeile {line} ist kein AMO, das der Wizard lesen kann ({why}): {text}</translation>
    </message>
    <message>
      <source>Check the line; if it is a command, write its verb in full (ADD, CHANGE, DELETE, DISPLAY, REGENERATE).</source>
      <translation>Prüfen Sie die Zeile; ist sie ein Kommando, schreiben Sie das Verb aus (ADD, CHANGE, DELETE, DISPLAY, REGENERATE).</translation>
    </message>
    <message>
      <source>The gateway in LTU {ltu}, slot {slot} has no DMC connections (CGWB TYPE=DMCDATA, DMCCONN): Zoom connectivity needs DMC/SMP active on the SIP gateways (guide §7.2).</source>
      <translation>Das Gateway in LTU {ltu}, Steckplatz {slot} hat keine DMC-Verbindungen (CGWB TYPE=DMCDATA, DMCCONN): Die Zoom-Anbindung braucht DMC/SMP aktiv auf den SIP-Gateways (Leitfaden §7.2).</translation>
    </message>
    <message>
      <source>CHANGE-CGWB:MTYPE=CGW,LTU={ltu},SLOT={slot},TYPE=DMCDATA,DMCCONN=&lt;number of DMC connections&gt;;</source>
      <translation>CHANGE-CGWB:MTYPE=CGW,LTU={ltu},SLOT={slot},TYPE=DMCDATA,DMCCONN=&lt;Anzahl der DMC-Verbindungen&gt;;</translation>
    </message>
    <message>
      <source>Own node {nno} lacks {missing}: numbers towards Zoom cannot be made E.164 (guide §7.2).</source>
      <translation>Dem eigenen Knoten {nno} fehlt {missing}: Nummern Richtung Zoom können nicht E.164 werden (Leitfaden §7.2).</translation>
    </message>
    <message>
      <source>CHANGE-KNDEF:NNO={nno},TYPE=OWN,ISDNCC=&lt;country code&gt;,ISDNAC=&lt;area code&gt;,ISDNLC=&lt;local code&gt;;</source>
      <translation>CHANGE-KNDEF:NNO={nno},TYPE=OWN,ISDNCC=&lt;Landeskennzahl&gt;,ISDNAC=&lt;Ortskennzahl&gt;,ISDNLC=&lt;Anlagenkennzahl&gt;;</translation>
    </message>
    <message>
      <source>{field} '{value}' cannot go into an AMO: {rule}</source>
      <translation>{field} '{value}' darf nicht in ein AMO: {rule}</translation>
    </message>
    <message>
      <source>correct the value in its source (file, form or system) and try again</source>
      <translation>korrigieren Sie den Wert in seiner Quelle (Datei, Formular oder System) und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>a station number is 1 to 12 digits 0-9</source>
      <translation>eine Rufnummer besteht aus 1 bis 12 Ziffern 0-9</translation>
    </message>
    <message>
      <source>an email address without spaces, quotes, commas or semicolons</source>
      <translation>eine E-Mail-Adresse ohne Leerzeichen, Anführungszeichen, Kommas oder Semikolons</translation>
    </message>
    <message>
      <source>a PM index is a whole number from 1 to 999</source>
      <translation>ein PM-Index ist eine ganze Zahl von 1 bis 999</translation>
    </message>
    <message>
      <source>a voicemail number is 1 to 22 digits 0-9</source>
      <translation>eine Voicemail-Nummer besteht aus 1 bis 22 Ziffern 0-9</translation>
    </message>
    <message>
      <source>an IPv4 or IPv6 address, or a DNS name such as sbc.example.com</source>
      <translation>eine IPv4- oder IPv6-Adresse oder ein DNS-Name wie sbc.example.com</translation>
    </message>
    <message>
      <source>a port is a whole number from 1 to 65535</source>
      <translation>ein Port ist eine ganze Zahl von 1 bis 65535</translation>
    </message>
    <message>
      <source>6 to 32 letters, digits or . _ + ! * # $ % @ -</source>
      <translation>6 bis 32 Buchstaben, Ziffern oder . _ + ! * # $ % @ -</translation>
    </message>
    <message>
      <source>Test call {caller} → {callee} through {sbc}: set up in {setup} ms, {codec} over SRTP ({suite}); {caller} → {callee}: {forth_received}/{forth_sent} packets, {forth_lost} lost; {callee} → {caller}: {back_received}/{back_sent} packets, {back_lost} lost.</source>
      <translation>Testanruf {caller} → {callee} über {sbc}: aufgebaut in {setup} ms, {codec} über SRTP ({suite}); {caller} → {callee}: {forth_received}/{forth_sent} Pakete, {forth_lost} verloren; {callee} → {caller}: {back_received}/{back_sent} Pakete, {back_lost} verloren.</translation>
    </message>
    <message>
      <source>The test call failed: {detail}.</source>
      <translation>Der Testanruf ist fehlgeschlagen: {detail}.</translation>
    </message>
    <message>
      <source>Look at the SIP ladder for the last answer, and at the SBC's SIP log.</source>
      <translation>Sehen Sie in der SIP-Leiter nach der letzten Antwort und im SIP-Protokoll des SBC nach.</translation>
    </message>
    <message>
      <source>The call from {caller} to {callee} was refused: {status} {reason}.</source>
      <translation>Der Anruf von {caller} an {callee} wurde abgewiesen: {status} {reason}.</translation>
    </message>
    <message>
      <source>Check that {callee} exists and is a remote subscriber the SBC routes to (guide §9.2, §9.4.1.1), and the OS4K's class of service for {caller}.</source>
      <translation>Prüfen Sie, dass {callee} existiert und ein Remote-Teilnehmer ist, zu dem der SBC routet (Leitfaden §9.2, §9.4.1.1), und die Berechtigungsklasse von {caller} in der OS4K.</translation>
    </message>
    <message>
      <source>The call was set up but no audio arrived in either direction ({caller} ⇄ {callee}).</source>
      <translation>Der Anruf wurde aufgebaut, aber in keiner Richtung kam Audio an ({caller} ⇄ {callee}).</translation>
    </message>
    <message>
      <source>Open the SBC's SRTP port range inbound to its access interface on the external firewall and let this network send UDP to it (guide §2.2.2); check that Drop received RTP is unchecked (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1).</source>
      <translation>Öffnen Sie den SRTP-Portbereich des SBC eingehend zu seiner Access-Schnittstelle in der externen Firewall und lassen Sie dieses Netz UDP dorthin senden (Leitfaden §2.2.2); prüfen Sie, dass Drop received RTP nicht angehakt ist (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1).</translation>
    </message>
    <message>
      <source>One-way audio: {target} heard nothing from {source}, while audio from {target} reached {source}.</source>
      <translation>Einseitiges Audio: {target} hörte nichts von {source}, während Audio von {target} bei {source} ankam.</translation>
    </message>
    <message>
      <source>The SRTP from {source} does not get through the SBC: open the SBC's whole SRTP port range inbound to the access interface on the external firewall (guide §2.2.2), check that Drop received RTP is unchecked (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1), and that no firewall on this network drops UDP from the SBC to {target}.</source>
      <translation>Das SRTP von {source} kommt nicht durch den SBC: Öffnen Sie den ganzen SRTP-Portbereich des SBC eingehend zur Access-Schnittstelle in der externen Firewall (Leitfaden §2.2.2), prüfen Sie, dass Drop received RTP nicht angehakt ist (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1) und dass keine Firewall in diesem Netz UDP vom SBC an {target} verwirft.</translation>
    </message>
    <message>
      <source>The {what} offer got no final answer within the wait; the media profile could not be judged by it.</source>
      <translation>Das Angebot {what} bekam innerhalb der Wartezeit keine endgültige Antwort; das Medienprofil ließ sich daran nicht beurteilen.</translation>
    </message>
    <message>
      <source>Run the test call again; if it stays silent, look at the SBC's SIP log for the INVITE.</source>
      <translation>Wiederholen Sie den Testanruf; bleibt es still, suchen Sie den INVITE im SIP-Protokoll des SBC.</translation>
    </message>
    <message>
      <source>The SBC accepted an offer of plain RTP (RTP/AVP) from a ZoomPbxPhone client ({answer}): its media would cross the Internet unencrypted.</source>
      <translation>Der SBC nahm ein Angebot mit unverschlüsseltem RTP (RTP/AVP) von einem ZoomPbxPhone-Client an ({answer}): Dessen Medien würden unverschlüsselt durch das Internet gehen.</translation>
    </message>
    <message>
      <source>Set Media protocol to SRTP only in the Zoom media profile and bind the profile to the user agent ZoomPbxPhone ({portal} &gt; VoIP &gt; Media; guide §9.4.2 steps 5 and 9).</source>
      <translation>Setzen Sie im Zoom-Medienprofil Media protocol auf SRTP only und binden Sie das Profil an den User Agent ZoomPbxPhone ({portal} &gt; VoIP &gt; Media; Leitfaden §9.4.2, Schritte 5 und 9).</translation>
    </message>
    <message>
      <source>The SBC accepted an offer of only {codec}, a codec the Zoom profile does not configure ({answer}).</source>
      <translation>Der SBC nahm ein Angebot nur mit {codec} an, einem Codec, den das Zoom-Profil nicht konfiguriert ({answer}).</translation>
    </message>
    <message>
      <source>Uncheck Allow unconfigured codecs under Codec configuration in the Zoom media profile ({portal} &gt; VoIP &gt; Media &gt; Media Profiles; guide §9.4.2 step 7).</source>
      <translation>Entfernen Sie im Zoom-Medienprofil unter Codec configuration den Haken bei Allow unconfigured codecs ({portal} &gt; VoIP &gt; Media &gt; Media Profiles; Leitfaden §9.4.2, Schritt 7).</translation>
    </message>
    <message>
      <source>The SBC refused an SRTP offer with SDES ({answer}).</source>
      <translation>Der SBC wies ein SRTP-Angebot mit SDES ab ({answer}).</translation>
    </message>
    <message>
      <source>Set the Zoom media profile to SRTP only with SDES and bind it to the user agent ZoomPbxPhone (guide §9.4.2).</source>
      <translation>Stellen Sie das Zoom-Medienprofil auf SRTP only mit SDES und binden Sie es an den User Agent ZoomPbxPhone (Leitfaden §9.4.2).</translation>
    </message>
    <message>
      <source>no digest password given for test station {station}</source>
      <translation>kein Digest-Passwort für die Teststation {station} angegeben</translation>
    </message>
    <message>
      <source>type its digest password (it is used for this call and never saved)</source>
      <translation>geben Sie ihr Digest-Passwort ein (es wird nur für diesen Anruf verwendet und nie gespeichert)</translation>
    </message>
    <message>
      <source>The SBC refused the test call's SRTP offer ({status} {reason}).</source>
      <translation>Der SBC wies das SRTP-Angebot des Testanrufs ab ({status} {reason}).</translation>
    </message>
    <message>
      <source>Set the Zoom media profile as the guide does ({portal} &gt; VoIP &gt; Media &gt; Media Profiles: Media protocol SRTP only, SRTP configuration SDES, codecs PCMA/PCMU/G.722) and bind it to the user agent ZoomPbxPhone (guide §9.4.2).</source>
      <translation>Richten Sie das Zoom-Medienprofil wie im Leitfaden ein ({portal} &gt; VoIP &gt; Media &gt; Media Profiles: Media protocol SRTP only, SRTP configuration SDES, Codecs PCMA/PCMU/G.722) und binden Sie es an den User Agent ZoomPbxPhone (Leitfaden §9.4.2).</translation>
    </message>
    <message numerus="yes">
      <source>Audio arrived both ways but none could be decrypted ({count} packets failed SRTP authentication): the SBC does not use the keys of the a=crypto lines.</source>
      <translation>
        <numerusform>Audio kam in beide Richtungen an, aber nichts ließ sich entschlüsseln ({count} Paket bestand die SRTP-Authentifizierung nicht): Der SBC verwendet nicht die Schlüssel der a=crypto-Zeilen.</numerusform>
        <numerusform>Audio kam in beide Richtungen an, aber nichts ließ sich entschlüsseln ({count} Pakete bestanden die SRTP-Authentifizierung nicht): Der SBC verwendet nicht die Schlüssel der a=crypto-Zeilen.</numerusform>
      </translation>
    </message>
    <message>
      <source>Check SDES in the Zoom media profile (guide §9.4.2) and that the SBC does not re-key without signalling it.</source>
      <translation>Prüfen Sie SDES im Zoom-Medienprofil (Leitfaden §9.4.2) und dass der SBC die Schlüssel nicht ohne Signalisierung wechselt.</translation>
    </message>
    <message>
      <source>An offer of plain RTP (RTP/AVP) was refused ({answer}), as the media profile's 'SRTP only' requires.</source>
      <translation>Ein Angebot mit unverschlüsseltem RTP (RTP/AVP) wurde abgewiesen ({answer}), wie es 'SRTP only' im Medienprofil verlangt.</translation>
    </message>
    <message>
      <source>An offer of only {codec}, a codec the Zoom profile does not configure, was refused ({answer}).</source>
      <translation>Ein Angebot nur mit {codec}, einem Codec, den das Zoom-Profil nicht konfiguriert, wurde abgewiesen ({answer}).</translation>
    </message>
    <message>
      <source>An SRTP offer was answered with SDES ({media}; a=crypto {suite}).</source>
      <translation>Ein SRTP-Angebot wurde mit SDES beantwortet ({media}; a=crypto {suite}).</translation>
    </message>
    <message>
      <source>An SRTP offer was answered without an SDES key ({media}; a=crypto: {suite}).</source>
      <translation>Ein SRTP-Angebot wurde ohne SDES-Schlüssel beantwortet ({media}; a=crypto: {suite}).</translation>
    </message>
    <message>
      <source>Check SDES under SRTP configuration in the Zoom media profile (guide §9.4.2 step 5).</source>
      <translation>Prüfen Sie SDES unter SRTP configuration im Zoom-Medienprofil (Leitfaden §9.4.2, Schritt 5).</translation>
    </message>
    <message>
      <source>the calling and the called station are both {station}</source>
      <translation>anrufende und angerufene Station sind beide {station}</translation>
    </message>
    <message>
      <source>name two different test stations</source>
      <translation>nennen Sie zwei verschiedene Teststationen</translation>
    </message>
    <message>
      <source>{seconds} s of audio is not a test call's length</source>
      <translation>{seconds} s Audio sind keine Länge für einen Testanruf</translation>
    </message>
    <message>
      <source>give {least} to {most} seconds</source>
      <translation>geben Sie {least} bis {most} Sekunden an</translation>
    </message>
    <message>
      <source>The test station {station} could not open SIP over TLS to {sbc}: {detail}.</source>
      <translation>Die Teststation {station} konnte kein SIP über TLS zu {sbc} öffnen: {detail}.</translation>
    </message>
    <message>
      <source>Check the SBC's SIP-TLS port on the access realm (guide §9.1), the firewall rule for TCP 5061 inbound (§2.2.2) and the SBC certificate (§9.3); run probe tls for details.</source>
      <translation>Prüfen Sie den SIP-TLS-Port des Access-Realms am SBC (Leitfaden §9.1), die Firewall-Regel für TCP 5061 eingehend (§2.2.2) und das SBC-Zertifikat (§9.3); Einzelheiten zeigt probe tls.</translation>
    </message>
    <message>
      <source>The SBC refused the digest credentials of test station {station} ({answer}).</source>
      <translation>Der SBC wies die Digest-Anmeldedaten der Teststation {station} ab ({answer}).</translation>
    </message>
    <message>
      <source>Check the station's authorization name and digest password (OS4K SBCSU IPPASSW) and that the SBC forwards registrations of remote subscribers (guide §9.4.1.1); then run the test call again.</source>
      <translation>Prüfen Sie Autorisierungsnamen und Digest-Passwort der Station (OS4K SBCSU IPPASSW) und dass der SBC Registrierungen von Remote-Teilnehmern weiterleitet (Leitfaden §9.4.1.1); wiederholen Sie dann den Testanruf.</translation>
    </message>
    <message>
      <source>The SBC refused to register test station {station} ({answer}).</source>
      <translation>Der SBC lehnte die Registrierung der Teststation {station} ab ({answer}).</translation>
    </message>
    <message>
      <source>Check the remote subscriber settings (guide §9.4.1.1) and that the station exists on the OS4K.</source>
      <translation>Prüfen Sie die Remote-Subscriber-Einstellungen (Leitfaden §9.4.1.1) und dass die Station in der OS4K existiert.</translation>
    </message>
    <message>
      <source>Test station {callee} did not answer the call from {caller} within {detail} s; the call was cancelled.</source>
      <translation>Die Teststation {callee} hat den Anruf von {caller} nicht innerhalb von {detail} s angenommen; der Anruf wurde abgebrochen.</translation>
    </message>
    <message>
      <source>Check that {callee} is registered to this laptop only (no other device takes its calls) and that the OS4K routes the call to the SBC's remote subscriber; see the ladder for the last answer heard.</source>
      <translation>Prüfen Sie, dass {callee} nur an diesem Laptop registriert ist (kein anderes Gerät nimmt ihre Anrufe an) und dass die OS4K den Anruf zum Remote-Teilnehmer des SBC routet; die letzte gehörte Antwort zeigt die SIP-Leiter.</translation>
    </message>
    <message>
      <source>The call from {caller} never reached {callee}: no answer to the INVITE within {detail} s.</source>
      <translation>Der Anruf von {caller} hat {callee} nie erreicht: keine Antwort auf den INVITE innerhalb von {detail} s.</translation>
    </message>
    <message>
      <source>Check the SBC's routing towards the OS4K (guide §9.2) and the OS4K's routing back to the remote subscriber {callee}.</source>
      <translation>Prüfen Sie das Routing des SBC zur OS4K (Leitfaden §9.2) und das Routing der OS4K zurück zum Remote-Teilnehmer {callee}.</translation>
    </message>
    <message>
      <source>The test call dropped before its end: {detail}.</source>
      <translation>Der Testanruf brach vor seinem Ende ab: {detail}.</translation>
    </message>
    <message>
      <source>Look at the SBC's call log for who ended it; a session timer or a media timeout on the SBC or the OS4K ends calls whose media it does not see (check that SRTP flows both ways, guide §2.2.2).</source>
      <translation>Sehen Sie im Anrufprotokoll des SBC nach, wer ihn beendet hat; ein Session-Timer oder ein Medien-Timeout an SBC oder OS4K beendet Anrufe, deren Medien er nicht sieht (prüfen Sie, dass SRTP in beide Richtungen fließt, Leitfaden §2.2.2).</translation>
    </message>
    <message>
      <source>The SBC answered the test call with {media}, not SRTP (RTP/SAVP).</source>
      <translation>Der SBC beantwortete den Testanruf mit {media}, nicht mit SRTP (RTP/SAVP).</translation>
    </message>
    <message>
      <source>Set Media protocol to SRTP only in the Zoom media profile ({portal} &gt; VoIP &gt; Media &gt; Media Profiles; guide §9.4.2).</source>
      <translation>Setzen Sie im Zoom-Medienprofil Media protocol auf SRTP only ({portal} &gt; VoIP &gt; Media &gt; Media Profiles; Leitfaden §9.4.2).</translation>
    </message>
    <message>
      <source>{lost} of {sent} packets from {source} to {target} were lost ({percent} %).</source>
      <translation>{lost} von {sent} Paketen von {source} an {target} gingen verloren ({percent} %).</translation>
    </message>
    <message>
      <source>Look for a congested or filtered path between this network and the SBC's access interface; a healthy path loses less than {limit} %.</source>
      <translation>Suchen Sie nach einem überlasteten oder gefilterten Weg zwischen diesem Netz und der Access-Schnittstelle des SBC; ein gesunder Weg verliert weniger als {limit} %.</translation>
    </message>
    <message>
      <source>Jitter from {source} to {target} is {jitter} ms (RFC 3550), above {limit} ms.</source>
      <translation>Der Jitter von {source} an {target} beträgt {jitter} ms (RFC 3550), mehr als {limit} ms.</translation>
    </message>
    <message>
      <source>Give voice priority on this path (QoS) or test from a quieter network.</source>
      <translation>Geben Sie Sprache auf diesem Weg Vorrang (QoS) oder testen Sie aus einem ruhigeren Netz.</translation>
    </message>
    <message>
      <source>One-way delay from {source} to {target} is {delay} ms, above the {limit} ms ITU-T G.114 holds acceptable.</source>
      <translation>Die Einwegverzögerung von {source} an {target} beträgt {delay} ms, mehr als die {limit} ms, die ITU-T G.114 für annehmbar hält.</translation>
    </message>
    <message>
      <source>Check the SBC's Stream Delay (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1) and the path between this network and the SBC.</source>
      <translation>Prüfen Sie die Stream Delay des SBC (Features &gt; Enable Remote Subscribers &gt; Configure, §9.4.1.1) und den Weg zwischen diesem Netz und dem SBC.</translation>
    </message>
    <message>
      <source>Audio from {source} to {target} stopped {early} ms before the end of the call.</source>
      <translation>Das Audio von {source} an {target} hörte {early} ms vor dem Ende des Anrufs auf.</translation>
    </message>
    <message>
      <source>Look at the SBC's media timeout and at firewall sessions on the path: the SBC or a firewall stopped relaying the stream mid-call (guide §2.2.2).</source>
      <translation>Prüfen Sie das Medien-Timeout des SBC und die Firewall-Sitzungen auf dem Weg: Der SBC oder eine Firewall hat mitten im Anruf aufgehört, den Strom weiterzuleiten (Leitfaden §2.2.2).</translation>
    </message>
    <message numerus="yes">
      <source>{count} packets from {source} to {target} failed SRTP authentication.</source>
      <translation>
        <numerusform>{count} Paket von {source} an {target} bestand die SRTP-Authentifizierung nicht.</numerusform>
        <numerusform>{count} Pakete von {source} an {target} bestanden die SRTP-Authentifizierung nicht.</numerusform>
      </translation>
    </message>
    <message>
      <source>Check the SBC's SDES setting (guide §9.4.2); a relay that alters packets breaks their authentication.</source>
      <translation>Prüfen Sie die SDES-Einstellung des SBC (Leitfaden §9.4.2); ein Relay, das Pakete verändert, zerstört deren Authentifizierung.</translation>
    </message>
    <message>
      <source>The SBC's answer carries no SDES key we offered (a=crypto: {suite}).</source>
      <translation>Die Antwort des SBC enthält keinen SDES-Schlüssel zu unserem Angebot (a=crypto: {suite}).</translation>
    </message>
    <message>
      <source>Check SDES under SRTP configuration in the Zoom media profile (guide §9.4.2).</source>
      <translation>Prüfen Sie SDES unter SRTP configuration im Zoom-Medienprofil (Leitfaden §9.4.2).</translation>
    </message>
    <message>
      <source>{source}: the private key is encrypted</source>
      <translation>{source}: der private Schlüssel ist verschlüsselt</translation>
    </message>
    <message>
      <source>give the key's passphrase</source>
      <translation>geben Sie die Passphrase des Schlüssels an</translation>
    </message>
    <message>
      <source>{source}: the passphrase does not open the private key</source>
      <translation>{source}: die Passphrase öffnet den privaten Schlüssel nicht</translation>
    </message>
    <message>
      <source>check the passphrase (it is case-sensitive) and try again</source>
      <translation>prüfen Sie die Passphrase (Groß- und Kleinschreibung zählt) und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>{source} is neither PEM, DER nor PKCS#12 certificate material</source>
      <translation>{source} ist weder PEM-, DER- noch PKCS#12-Zertifikatsmaterial</translation>
    </message>
    <message>
      <source>export the certificate as PEM (Base64) or DER, or the bundle as .p12/.pfx</source>
      <translation>exportieren Sie das Zertifikat als PEM (Base64) oder DER, oder das Bündel als .p12/.pfx</translation>
    </message>
    <message>
      <source>The file {file} holds DER (binary) data, though its name says PEM.</source>
      <translation>Die Datei {file} enthält DER-Daten (binär), obwohl ihr Name PEM sagt.</translation>
    </message>
    <message>
      <source>The SBC takes PEM only (guide §9.3): convert it, e.g. openssl x509 -inform DER -in {file} -out {file}.converted.pem (a key: openssl pkey -inform DER), and choose the converted file.</source>
      <translation>Der SBC nimmt nur PEM an (Leitfaden §9.3): Wandeln Sie sie um, z. B. mit openssl x509 -inform DER -in {file} -out {file}.converted.pem (ein Schlüssel: openssl pkey -inform DER), und wählen Sie die umgewandelte Datei.</translation>
    </message>
    <message>
      <source>{source} is empty</source>
      <translation>{source} ist leer</translation>
    </message>
    <message>
      <source>choose the file that holds the certificate</source>
      <translation>wählen Sie die Datei, die das Zertifikat enthält</translation>
    </message>
    <message>
      <source>{source}: a PEM block is not closed</source>
      <translation>{source}: ein PEM-Block ist nicht geschlossen</translation>
    </message>
    <message>
      <source>copy the file again, with its END line</source>
      <translation>kopieren Sie die Datei erneut, mit ihrer END-Zeile</translation>
    </message>
    <message>
      <source>{source} holds PEM blocks but no certificate or private key</source>
      <translation>{source} enthält PEM-Blöcke, aber weder Zertifikat noch privaten Schlüssel</translation>
    </message>
    <message>
      <source>choose the server certificate, the CA file or the key file</source>
      <translation>wählen Sie das Serverzertifikat, die CA-Datei oder die Schlüsseldatei</translation>
    </message>
    <message>
      <source>The certificate is for {value} (subject CN, no DNS names), not {fqdn}.</source>
      <translation>Das Zertifikat lautet auf {value} (Subject-CN, keine DNS-Namen), nicht auf {fqdn}.</translation>
    </message>
    <message>
      <source>Have the CA issue a certificate with CN={fqdn}.</source>
      <translation>Lassen Sie die CA ein Zertifikat mit CN={fqdn} ausstellen.</translation>
    </message>
    <message>
      <source>The subject CN is {value}, not the SBC FQDN {fqdn}; guide §9.3 requires the FQDN as the CN (or a wildcard DNS name that covers it).</source>
      <translation>Der Subject-CN ist {value}, nicht der SBC-FQDN {fqdn}; Leitfaden §9.3 verlangt den FQDN als CN (oder einen Wildcard-DNS-Namen, der ihn abdeckt).</translation>
    </message>
    <message>
      <source>Have the CA reissue the certificate with CN={fqdn} and {fqdn} as a DNS name, then upload it to the SBC.</source>
      <translation>Lassen Sie die CA das Zertifikat mit CN={fqdn} und {fqdn} als DNS-Namen neu ausstellen und laden Sie es dann auf den SBC.</translation>
    </message>
    <message>
      <source>{source} holds only a private key, no certificate</source>
      <translation>{source} enthält nur einen privaten Schlüssel, kein Zertifikat</translation>
    </message>
    <message>
      <source>{source} holds no certificate</source>
      <translation>{source} enthält kein Zertifikat</translation>
    </message>
    <message>
      <source>choose the SBC's server certificate file</source>
      <translation>wählen Sie die Datei mit dem Serverzertifikat des SBC</translation>
    </message>
    <message>
      <source>No private key was given, so it was not compared.</source>
      <translation>Es wurde kein privater Schlüssel angegeben, daher wurde er nicht verglichen.</translation>
    </message>
    <message>
      <source>Give the certificate's private key file too, to check that it belongs to the certificate.</source>
      <translation>Geben Sie auch die Datei mit dem privaten Schlüssel an, um zu prüfen, ob er zum Zertifikat gehört.</translation>
    </message>
    <message>
      <source>The certificate's extended key usage does not include TLS server authentication.</source>
      <translation>Die erweiterte Schlüsselverwendung des Zertifikats enthält keine TLS-Server-Authentifizierung.</translation>
    </message>
    <message>
      <source>Have it reissued as a TLS server certificate (serverAuth).</source>
      <translation>Als TLS-Serverzertifikat (serverAuth) neu ausstellen lassen.</translation>
    </message>
    <message>
      <source>The chain ends at {root}: confirm against Zoom's current list that Zoom Phone System Integration accepts this root (guide §9.3: the list is Zoom's and changes without notice).</source>
      <translation>Die Kette endet bei {root}: Bestätigen Sie anhand von Zooms aktueller Liste, dass Zoom Phone System Integration diese Root-CA annimmt (Leitfaden §9.3: Die Liste führt Zoom, und sie ändert sich ohne Ankündigung).</translation>
    </message>
    <message>
      <source>Ask Zoom Support or the Zoom account representative, then write who confirmed it and when in the certificate step's 'Zoom confirmed the root CA' field and check again.</source>
      <translation>Fragen Sie den Zoom-Support oder den Zoom-Ansprechpartner, tragen Sie dann im Zertifikatsschritt unter 'Zoom hat die Root-CA bestätigt' ein, wer sie wann bestätigt hat, und prüfen Sie erneut.</translation>
    </message>
    <message>
      <source>The certificates were given out of order; they were put in order for the check.</source>
      <translation>Die Zertifikate kamen in falscher Reihenfolge; für die Prüfung wurden sie geordnet.</translation>
    </message>
    <message>
      <source>Upload the CA file to the SBC ordered from the intermediate up to the root.</source>
      <translation>Die CA-Datei auf dem SBC geordnet vom Zwischenzertifikat bis zum Stammzertifikat hochladen.</translation>
    </message>
    <message>
      <source>{source}: the private key cannot be read ({reason})</source>
      <translation>{source}: der private Schlüssel kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>export the key again as PEM (PKCS#8)</source>
      <translation>exportieren Sie den Schlüssel erneut als PEM (PKCS#8)</translation>
    </message>
    <message>
      <source>{source}: the key uses an algorithm this wizard cannot read</source>
      <translation>{source}: der Schlüssel verwendet einen Algorithmus, den dieser Wizard nicht lesen kann</translation>
    </message>
    <message>
      <source>export it as an RSA or EC key</source>
      <translation>exportieren Sie ihn als RSA- oder EC-Schlüssel</translation>
    </message>
    <message>
      <source>The certificate's DNS names ({shown}) do not cover {fqdn}; clients ignore the CN ({cn}) when DNS names are present.</source>
      <translation>Die DNS-Namen des Zertifikats ({shown}) decken {fqdn} nicht ab; Clients ignorieren den CN ({cn}), wenn DNS-Namen vorhanden sind.</translation>
    </message>
    <message>
      <source>Have the CA issue a certificate with {fqdn} (or *.{parent_domain}) as a DNS subject alternative name.</source>
      <translation>Lassen Sie die CA ein Zertifikat mit {fqdn} (oder *.{parent_domain}) als DNS-Subject-Alternative-Name ausstellen.</translation>
    </message>
    <message>
      <source>The {role} has an RSA key of {key_size} bits.</source>
      <translation>{role}: RSA-Schlüssel mit nur {key_size} Bit.</translation>
    </message>
    <message>
      <source>Use RSA 2048 bits or more, or EC P-256 or better.</source>
      <translation>RSA mit 2048 Bit oder mehr verwenden, oder EC P-256 oder besser.</translation>
    </message>
    <message>
      <source>The {role} is signed with {name}.</source>
      <translation>{role}: signiert mit {name}.</translation>
    </message>
    <message>
      <source>Have it reissued with SHA-256 or better.</source>
      <translation>Mit SHA-256 oder besser neu ausstellen lassen.</translation>
    </message>
    <message>
      <source>The {role} only becomes valid on {valid_from} UTC.</source>
      <translation>{role}: erst ab {valid_from} UTC gültig.</translation>
    </message>
    <message>
      <source>Check the laptop's clock; otherwise wait, or have it reissued.</source>
      <translation>Prüfen Sie die Uhr des Laptops; sonst abwarten oder neu ausstellen lassen.</translation>
    </message>
    <message>
      <source>The {role} expired on {valid_until} ({common_name}).</source>
      <translation>{role}: am {valid_until} abgelaufen ({common_name}).</translation>
    </message>
    <message>
      <source>Renew it with the CA and upload the new file to the SBC.</source>
      <translation>Bei der CA erneuern und die neue Datei auf den SBC laden.</translation>
    </message>
    <message>
      <source>The {role} expires in {days} day(s), on {valid_until} UTC.</source>
      <translation>{role}: läuft in {days} Tag(en) ab, am {valid_until} UTC.</translation>
    </message>
    <message>
      <source>Renew it today and upload it to the SBC: after that, Zoom clients can no longer register.</source>
      <translation>Heute erneuern und auf den SBC laden: danach können sich Zoom-Clients nicht mehr registrieren.</translation>
    </message>
    <message>
      <source>The {role} expires in {days} days, on {valid_until}.</source>
      <translation>{role}: läuft in {days} Tagen ab, am {valid_until}.</translation>
    </message>
    <message>
      <source>Renew it now, so Zoom clients are not cut off.</source>
      <translation>Jetzt erneuern, damit Zoom-Clients nicht abgeschnitten werden.</translation>
    </message>
    <message>
      <source>an extension is malformed ({reason})</source>
      <translation>eine Erweiterung ist fehlerhaft ({reason})</translation>
    </message>
    <message>
      <source>its key or signature algorithm is unknown ({reason})</source>
      <translation>sein Schlüssel- oder Signaturalgorithmus ist unbekannt ({reason})</translation>
    </message>
    <message>
      <source>The chain stops at {issuer}: that issuer's certificate was not given.</source>
      <translation>Die Kette endet bei {issuer}: Das Zertifikat dieses Ausstellers wurde nicht angegeben.</translation>
    </message>
    <message>
      <source>Add the missing intermediate and root certificates to the CA file given to the check, and the intermediates to the chain the SBC serves.</source>
      <translation>Die fehlenden Zwischen- und Stammzertifikate zur CA-Datei der Prüfung hinzufügen, und die Zwischenzertifikate zur Kette, die der SBC ausliefert.</translation>
    </message>
    <message>
      <source>Add the missing intermediate and root certificates to the CA file given to the check.</source>
      <translation>Die fehlenden Zwischen- und Stammzertifikate zur CA-Datei der Prüfung hinzufügen.</translation>
    </message>
    <message>
      <source>The chain ends at {root}; the engineer confirmed with Zoom that it is accepted: {note}</source>
      <translation>Die Kette endet bei {root}; der Techniker hat mit Zoom bestätigt, dass sie angenommen wird: {note}</translation>
    </message>
    <message>
      <source>{source} holds no certificates that can be read (PEM or DER)</source>
      <translation>{source} enthält keine lesbaren Zertifikate (PEM oder DER)</translation>
    </message>
    <message>
      <source>give a PEM file of root certificates, each between BEGIN/END CERTIFICATE lines</source>
      <translation>geben Sie eine PEM-Datei mit Stammzertifikaten an, jedes zwischen BEGIN/END CERTIFICATE-Zeilen</translation>
    </message>
    <message>
      <source>{source}: the private key is encrypted, and the passphrase variable is empty</source>
      <translation>{source}: der private Schlüssel ist verschlüsselt, und die Passphrase-Variable ist leer</translation>
    </message>
    <message>
      <source>set the variable to the key's passphrase, then run the check again</source>
      <translation>setzen Sie die Variable auf die Passphrase des Schlüssels und führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
      <source>{source}: the PKCS#12 bundle is protected by a passphrase</source>
      <translation>{source}: das PKCS#12-Bündel ist durch eine Passphrase geschützt</translation>
    </message>
    <message>
      <source>give the bundle's passphrase</source>
      <translation>geben Sie die Passphrase des Bündels an</translation>
    </message>
    <message>
      <source>The {role} uses the curve {name}.</source>
      <translation>{role}: nutzt die Kurve {name}.</translation>
    </message>
    <message>
      <source>Use EC P-256, P-384 or P-521, or RSA 2048 bits or more.</source>
      <translation>EC P-256, P-384 oder P-521 verwenden, oder RSA mit 2048 Bit oder mehr.</translation>
    </message>
    <message>
      <source>{source}: the certificate for {subject} cannot be read: {why}</source>
      <translation>{source}: das Zertifikat für {subject} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
      <source>export the certificate again from the SBC or the CA</source>
      <translation>exportieren Sie das Zertifikat erneut aus dem SBC oder von der CA</translation>
    </message>
    <message>
      <source>The private key does not belong to the server certificate.</source>
      <translation>Der private Schlüssel gehört nicht zum Serverzertifikat.</translation>
    </message>
    <message>
      <source>Upload the key that was used for this certificate's CSR.</source>
      <translation>Den Schlüssel hochladen, mit dem der CSR dieses Zertifikats erzeugt wurde.</translation>
    </message>
    <message>
      <source>{source}: a certificate in the file is damaged ({reason})</source>
      <translation>{source}: ein Zertifikat in der Datei ist beschädigt ({reason})</translation>
    </message>
    <message>
      <source>copy the PEM blocks again, complete with BEGIN and END lines</source>
      <translation>kopieren Sie die PEM-Blöcke erneut, vollständig mit BEGIN- und END-Zeilen</translation>
    </message>
    <message>
      <source>The {role} has a {key_type} key, which SIP clients may not support.</source>
      <translation>{role}: {key_type}-Schlüssel, den SIP-Clients womöglich nicht unterstützen.</translation>
    </message>
    <message>
      <source>Use RSA 2048+ or EC P-256+.</source>
      <translation>RSA 2048+ oder EC P-256+ verwenden.</translation>
    </message>
    <message>
      <source>{email}: {value} listed too, but without the ZoomPSI licence CloudLink checks nothing further; they are set aside until the licence is assigned.</source>
      <translation>{email}: {value} ebenfalls gemeldet, aber ohne ZoomPSI-Lizenz prüft CloudLink nichts weiter; zurückgestellt, bis die Lizenz vergeben ist.</translation>
    </message>
    <message>
      <source>Assign the licence first, then regenerate the report.</source>
      <translation>Zuerst die Lizenz vergeben, dann den Bericht neu erzeugen.</translation>
    </message>
    <message>
      <source>{email} (line {line}): the report names an issue this wizard does not know, {name}.</source>
      <translation>{email} (Zeile {line}): Der Bericht nennt ein Problem, das dieser Wizard nicht kennt: {name}.</translation>
    </message>
    <message>
      <source>Look it up in the current Mitel Administration documentation.</source>
      <translation>In der aktuellen Dokumentation von Mitel Administration nachschlagen.</translation>
    </message>
    <message>
      <source>RedSky maps {low}–{high} ({building}, {location}), which the site's table does not have.</source>
      <translation>RedSky ordnet {low}–{high} zu ({building}, {location}); die Tabelle des Standorts hat diesen Bereich nicht.</translation>
    </message>
    <message>
      <source>If the subnet is gone, remove the mapping; if it is the site's, add it to the table.</source>
      <translation>Gibt es das Subnetz nicht mehr, die Zuordnung entfernen; gehört es zum Standort, in die Tabelle aufnehmen.</translation>
    </message>
    <message>
      <source>{source} line {line}: {low} – {high} is not a range (start after end, or IPv4 mixed with IPv6).</source>
      <translation>{source} Zeile {line}: {low} – {high} ist kein Bereich (Anfang nach Ende, oder IPv4 mit IPv6 gemischt).</translation>
    </message>
    <message>
      <source>Swap or correct the addresses.</source>
      <translation>Adressen tauschen oder korrigieren.</translation>
    </message>
    <message>
      <source>{source}: {low}–{high} (line {line}) overlaps {other_low}–{other_high} (line {other_line}).</source>
      <translation>{source}: {low}–{high} (Zeile {line}) überschneidet sich mit {other_low}–{other_high} (Zeile {other_line}).</translation>
    </message>
    <message>
      <source>An address may map to one emergency location only: split the ranges.</source>
      <translation>Eine Adresse darf nur einem Notrufstandort zugeordnet sein: Bereiche aufteilen.</translation>
    </message>
    <message>
      <source>{low}–{high} ({building}, {location}) is not mapped in RedSky.</source>
      <translation>{low}–{high} ({building}, {location}) ist in RedSky nicht zugeordnet.</translation>
    </message>
    <message>
      <source>Add it in RedSky under Configuration &gt; Network Discovery &gt; IP Ranges &gt; Add IP Range Mapping.</source>
      <translation>In RedSky unter Configuration &gt; Network Discovery &gt; IP Ranges &gt; Add IP Range Mapping hinzufügen.</translation>
    </message>
    <message>
      <source>{source} line {line}: {low} – {high} is not a pair of IP addresses.</source>
      <translation>{source} Zeile {line}: {low} – {high} ist kein Paar von IP-Adressen.</translation>
    </message>
    <message>
      <source>Correct the range start and end.</source>
      <translation>Anfang und Ende des Bereichs korrigieren.</translation>
    </message>
    <message>
      <source>{low}–{high} is mapped to {mapped_building}, {mapped_location}; the site's table says {building}, {location}.</source>
      <translation>{low}–{high} ist {mapped_building}, {mapped_location} zugeordnet; laut Tabelle des Standorts {building}, {location}.</translation>
    </message>
    <message>
      <source>Correct the mapping in RedSky: an emergency call from this range would name the wrong place.</source>
      <translation>Die Zuordnung in RedSky korrigieren: Ein Notruf aus diesem Bereich würde den falschen Ort nennen.</translation>
    </message>
    <message>
      <source>Station {stno} has no PM index the wave knows, and none was chosen for the wave.</source>
      <translation>Station {stno} hat keinen PM-Index, den die Welle kennt, und für die Welle wurde keiner gewählt.</translation>
    </message>
    <message>
      <source>Enter the PM index for subscribers without one (a route RICHT MODE=PM with it; a dummy voicemail is enough, guide §7.2), then plan again.</source>
      <translation>Geben Sie den PM-Index für Teilnehmer ohne einen ein (eine Richtung RICHT MODE=PM damit; eine Dummy-Voicemail genügt, Leitfaden §7.2), dann planen Sie erneut.</translation>
    </message>
    <message>
      <source>Undone on {date}; what the wave did is not in force. AMOs that put the OS4K back as REG- showed it before the wave: {amos}; invitations nobody had accepted, withdrawn: {invitations}. The Zoom users who accepted, the portal's integrated users and the Assistant's user data are removed by hand, as the undo listed.</source>
      <translation>Am {date} rückgängig gemacht; was die Welle getan hat, gilt nicht mehr. AMOs, die die OS4K auf den Stand zurückgesetzt haben, den REG- vor der Welle zeigte: {amos}; zurückgezogene Einladungen, die niemand angenommen hatte: {invitations}. Die Zoom-Benutzer, die angenommen haben, die integrierten Benutzer im Portal und die Benutzerdaten im Assistant werden von Hand entfernt, wie die Rücknahme sie aufgelistet hat.</translation>
    </message>
    <message>
      <source>Remove by hand what the undo listed, then plan and run a new wave for these people.</source>
      <translation>Entfernen Sie von Hand, was die Rücknahme aufgelistet hat, und planen und starten Sie dann eine neue Welle für diese Personen.</translation>
    </message>
    <message>
      <source>Station {stno} was chosen for {email}: the wave writes the email into its PERSI record.</source>
      <translation>Station {stno} wurde für {email} gewählt: Die Welle schreibt die E-Mail in ihren PERSI-Eintrag.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"{email}"; goes with the wave's AMOs (guide §7.2).</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"{email}"; geht mit den AMOs der Welle (Leitfaden §7.2).</translation>
    </message>
    <message>
      <source>Station {stno} needs PM route {pmidx}, which does not exist.</source>
      <translation>Station {stno} braucht die PM-Richtung {pmidx}, die es nicht gibt.</translation>
    </message>
    <message>
      <source>Enter the voicemail number for ADD-RICHT:MODE=PM,IDX={pmidx},SAN=&lt;voicemail number&gt;,STYPE=OTHER; (a dummy number is enough) or choose a PM index that has a route.</source>
      <translation>Die Voicemail-Nummer für ADD-RICHT:MODE=PM,IDX={pmidx},SAN=&lt;Voicemail-Nummer&gt;,STYPE=OTHER; eingeben (eine Dummy-Nummer genügt) oder einen PM-Index mit Richtung wählen.</translation>
    </message>
    <message>
      <source>Station {stno} has call log {call_log}, not ALL: the wave sets it to ALL.</source>
      <translation>Station {stno} hat das Anrufjournal {call_log}, nicht ALL: Die Welle setzt es auf ALL.</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO={stno},OPT=OPTI,…,{parameter}=ALL; goes with the wave's AMOs (guide §2.2).</source>
      <translation>CHANGE-SBCSU:STNO={stno},OPT=OPTI,…,{parameter}=ALL; geht mit den AMOs der Welle (Leitfaden §2.2).</translation>
    </message>
    <message>
      <source>{round_size} users per round is not allowed</source>
      <translation>{round_size} Benutzer pro Runde sind nicht zulässig</translation>
    </message>
    <message>
      <source>the Zoom portal adds at most {limit} users at a time (guide §7.1.3.2)</source>
      <translation>das Zoom-Portal fügt höchstens {limit} Benutzer auf einmal hinzu (Leitfaden §7.1.3.2)</translation>
    </message>
    <message>
      <source>the wave needs {missing}</source>
      <translation>die Welle braucht {missing}</translation>
    </message>
    <message>
      <source>fill them in on the Site page</source>
      <translation>tragen Sie sie auf der Seite Standort ein</translation>
    </message>
    <message>
      <source>a Zoom user cannot be created as type {kind}</source>
      <translation>ein Zoom-Benutzer kann nicht als Typ {kind} angelegt werden</translation>
    </message>
    <message>
      <source>choose Licensed (2), Basic (1) or Unassigned (4); type 99 is for single sign-on only (Zoom Users API, userCreate)</source>
      <translation>wählen Sie Licensed (2), Basic (1) oder Unassigned (4); Typ 99 gibt es nur für Single Sign-on (Zoom Users API, userCreate)</translation>
    </message>
    <message numerus="yes">
      <source>{count} selected people cannot be provisioned ({people}…)</source>
      <translation>
        <numerusform>{count} ausgewählte Person kann nicht bereitgestellt werden ({people}…)</numerusform>
        <numerusform>{count} ausgewählte Personen können nicht bereitgestellt werden ({people}…)</numerusform>
      </translation>
    </message>
    <message>
      <source>cannot provision {people}</source>
      <translation>{people} kann nicht bereitgestellt werden</translation>
    </message>
    <message>
      <source>fix what their findings say, read the systems again, or leave them out of the wave</source>
      <translation>beheben Sie, was ihre Befunde sagen, lesen Sie die Systeme erneut oder lassen Sie sie aus der Welle heraus</translation>
    </message>
    <message>
      <source>{stno}, chosen for {email}, is not a station number (digits 0-9 only).</source>
      <translation>{stno}, gewählt für {email}, ist keine Rufnummer (nur Ziffern 0-9).</translation>
    </message>
    <message>
      <source>Choose the person's station again.</source>
      <translation>Wählen Sie die Station der Person erneut.</translation>
    </message>
    <message>
      <source>Station {stno}, chosen for {email}, is not among the OS4K subscribers read.</source>
      <translation>Station {stno}, gewählt für {email}, ist nicht unter den gelesenen OS4K-Teilnehmern.</translation>
    </message>
    <message>
      <source>Choose a station the OS4K has (REG-SBCSU lists them), or read the OS4K again.</source>
      <translation>Wählen Sie eine Station, die die OS4K hat (REG-SBCSU listet sie), oder lesen Sie die OS4K erneut.</translation>
    </message>
    <message>
      <source>Station {stno}, chosen for {email}, already has {other} in PERSI.</source>
      <translation>Station {stno}, gewählt für {email}, hat bereits {other} in PERSI.</translation>
    </message>
    <message>
      <source>Choose a station without an email in PERSI.</source>
      <translation>Wählen Sie eine Station ohne E-Mail in PERSI.</translation>
    </message>
    <message>
      <source>Station {stno} was chosen for {people}.</source>
      <translation>Station {stno} wurde für {people} gewählt.</translation>
    </message>
    <message>
      <source>Give each person a station of their own.</source>
      <translation>Geben Sie jeder Person eine eigene Station.</translation>
    </message>
    <message numerus="yes">
      <source>{email} is on {count} Zoom users.</source>
      <translation>
        <numerusform>{email} steht bei {count} Zoom-Benutzer.</numerusform>
        <numerusform>{email} steht bei {count} Zoom-Benutzern.</numerusform>
      </translation>
    </message>
    <message>
      <source>Keep one Zoom user per person; the email is the join key.</source>
      <translation>Ein Zoom-Benutzer je Person; die E-Mail ist der Verknüpfungsschlüssel.</translation>
    </message>
    <message>
      <source>{email} has no Zoom user yet.</source>
      <translation>{email} hat noch keinen Zoom-Benutzer.</translation>
    </message>
    <message>
      <source>The wave adds the user (guide §7.1.1); the person then activates it from the invitation email (§7.1.2).</source>
      <translation>Die Welle legt den Benutzer an (Leitfaden §7.1.1); die Person aktiviert ihn dann über die Einladungs-E-Mail (§7.1.2).</translation>
    </message>
    <message>
      <source>Zoom has {email}, with spaces around the address.</source>
      <translation>Zoom hat {email}, mit Leerzeichen um die Adresse.</translation>
    </message>
    <message>
      <source>Remove the spaces in Zoom (User Management &gt; Users) and read the users again.</source>
      <translation>Leerzeichen in Zoom entfernen (User Management &gt; Users) und die Benutzer erneut lesen.</translation>
    </message>
    <message>
      <source>{email} has not activated the Zoom account yet.</source>
      <translation>{email} hat das Zoom-Konto noch nicht aktiviert.</translation>
    </message>
    <message>
      <source>Ask the person to open the invitation from no-reply@zoom.us (check the junk folder); the wave adds the integrated user once the account is active.</source>
      <translation>Bitten Sie die Person, die Einladung von no-reply@zoom.us zu öffnen (auch im Junk-Ordner nachsehen); die Welle fügt den integrierten Benutzer hinzu, sobald das Konto aktiv ist.</translation>
    </message>
    <message>
      <source>The Zoom user {email} is {status}.</source>
      <translation>Der Zoom-Benutzer {email} ist {status}.</translation>
    </message>
    <message>
      <source>Reactivate the user in Zoom (User Management &gt; Users &gt; Deactivated) or leave the person out.</source>
      <translation>Benutzer in Zoom reaktivieren (User Management &gt; Users &gt; Deactivated) oder die Person auslassen.</translation>
    </message>
    <message>
      <source>Zoom has {zoom_email}, station {stno} has {persi_email}.</source>
      <translation>Zoom hat {zoom_email}, Station {stno} hat {persi_email}.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"{email}"; (the email cannot be edited once the integration exists)</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"{email}"; (die E-Mail lässt sich nicht mehr ändern, sobald die Integration besteht)</translation>
    </message>
    <message>
      <source>The Zoom user {email} is Basic, without a Zoom Workplace licence (guide §7.1.1).</source>
      <translation>Der Zoom-Benutzer {email} ist Basic, ohne Zoom-Workplace-Lizenz (Leitfaden §7.1.1).</translation>
    </message>
    <message>
      <source>Zoom web portal &gt; User Management &gt; Users: edit {email}, set the user type to Licensed with a supported Workplace licence (guide §2.2), then read the wave back again.</source>
      <translation>Zoom web portal &gt; User Management &gt; Users: {email} bearbeiten, den Benutzertyp auf Licensed mit einer unterstützten Workplace-Lizenz setzen (Leitfaden §2.2), dann die Welle erneut zurücklesen.</translation>
    </message>
    <message>
      <source>Ask the person to accept the invitation, then resume.</source>
      <translation>Bitten Sie die Person, die Einladung anzunehmen, dann fortsetzen.</translation>
    </message>
    <message>
      <source>Reactivate or add the user in Zoom (User Management &gt; Users), then resume.</source>
      <translation>Den Benutzer in Zoom reaktivieren oder anlegen (User Management &gt; Users), dann fortsetzen.</translation>
    </message>
    <message>
      <source>{email} is not in the Integrated users list.</source>
      <translation>{email} steht nicht in der Liste Integrated users.</translation>
    </message>
    <message>
      <source>Zoom portal &gt; Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: tick {email}, then confirm the round again.</source>
      <translation>Zoom-Portal &gt; Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users: {email} anhaken, dann die Runde erneut bestätigen.</translation>
    </message>
    <message>
      <source>Zoom's SIP credentials for {email} name {found}, not station {stno}.</source>
      <translation>Die SIP-Zugangsdaten von {email} in Zoom nennen {found}, nicht Station {stno}.</translation>
    </message>
    <message>
      <source>Keep {email} in PERSI of station {stno} only, then Update the user in the Assistant.</source>
      <translation>{email} nur in PERSI von Station {stno} eintragen, dann den Benutzer im Assistant aktualisieren (Update).</translation>
    </message>
    <message>
      <source>{email} registers with transport {found}, not TLS.</source>
      <translation>{email} registriert sich mit Transport {found}, nicht TLS.</translation>
    </message>
    <message>
      <source>The SBC takes Zoom's registrations on SIP-TLS only (§9): correct the transport in the Assistant's Zoom PSI configuration, then Update all.</source>
      <translation>Der SBC nimmt Registrierungen von Zoom nur über SIP-TLS an (§9): den Transport in der Zoom-PSI-Konfiguration des Assistant korrigieren, dann Update all.</translation>
    </message>
    <message>
      <source>Station {stno} of {email} is not on the OS4K any more.</source>
      <translation>Station {stno} von {email} gibt es auf der OS4K nicht mehr.</translation>
    </message>
    <message>
      <source>Read the OS4K again; give the person a SIP station and plan them again.</source>
      <translation>Die OS4K erneut lesen; der Person eine SIP-Station geben und sie neu einplanen.</translation>
    </message>
    <message>
      <source>Station {stno} has {found} in PERSI, not {email}.</source>
      <translation>Station {stno} hat {found} in PERSI, nicht {email}.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"{email}";</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"{email}";</translation>
    </message>
    <message>
      <source>Station {stno} has PMIDX {pmidx} without a PM route.</source>
      <translation>Station {stno} hat PMIDX {pmidx} ohne PM-Richtung.</translation>
    </message>
    <message>
      <source>ADD-RICHT:MODE=PM,IDX=&lt;PM_IDX&gt;,SAN=&lt;voicemail number&gt;,STYPE=OTHER; and CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=&lt;PM_IDX&gt;;</source>
      <translation>ADD-RICHT:MODE=PM,IDX=&lt;PM_IDX&gt;,SAN=&lt;Voicemail-Nummer&gt;,STYPE=OTHER; und CHANGE-SBCSU:STNO={stno},OPT=OPTI,PMIDX=&lt;PM_IDX&gt;;</translation>
    </message>
    <message>
      <source>Station {stno} has no digest password.</source>
      <translation>Station {stno} hat kein Digest-Passwort.</translation>
    </message>
    <message>
      <source>Resume the wave: it sets the password with CHANGE-SBCSU … IPPASSW.</source>
      <translation>Die Welle fortsetzen: Sie setzt das Passwort mit CHANGE-SBCSU … IPPASSW.</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (guide §2.2)</source>
      <translation>CHANGE-SBCSU:STNO={stno},OPT=OPTI,{parameter}=ALL; (Leitfaden §2.2)</translation>
    </message>
    <message>
      <source>Station {stno} lacks DMCALLWD.</source>
      <translation>Station {stno} fehlt DMCALLWD.</translation>
    </message>
    <message numerus="yes">
      <source>{count} problem(s) in the wave, first: {first}</source>
      <translation>
        <numerusform>{count} Problem in der Welle, zuerst: {first}</numerusform>
        <numerusform>{count} Probleme in der Welle, zuerst: {first}</numerusform>
      </translation>
    </message>
    <message>
      <source>See the person's row on the Provisioning page for the fix, then resume the wave.</source>
      <translation>Die Abhilfe steht in der Zeile der Person auf der Seite Bereitstellung; danach die Welle fortsetzen.</translation>
    </message>
    <message numerus="yes">
      <source>{count} of the wave's people are not through this step yet: {names}</source>
      <translation>
        <numerusform>{count} Person der Welle hat diesen Schritt noch nicht durchlaufen: {names}</numerusform>
        <numerusform>{count} Personen der Welle haben diesen Schritt noch nicht durchlaufen: {names}</numerusform>
      </translation>
    </message>
    <message>
      <source>Do what the wave's next step says, then resume it.</source>
      <translation>Tun Sie, was der nächste Schritt der Welle sagt, dann fortsetzen.</translation>
    </message>
    <message>
      <source>No OS4K subscriber has {email} in PERSI.</source>
      <translation>Kein OS4K-Teilnehmer hat {email} in PERSI.</translation>
    </message>
    <message>
      <source>Choose the person's SIP/UFIP station (the wave then writes the email into its PERSI record), or CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"{email}"; by hand and read the OS4K again.</source>
      <translation>Wählen Sie die SIP-/UFIP-Station der Person (die Welle schreibt dann die E-Mail in ihren PERSI-Eintrag), oder CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"{email}"; von Hand und die OS4K erneut lesen.</translation>
    </message>
    <message>
      <source>Stations {numbers} all have {email} in PERSI.</source>
      <translation>Die Stationen {numbers} haben alle {email} in PERSI.</translation>
    </message>
    <message>
      <source>Keep the email on the person's SIP station only: CHANGE-PERSI:EMAIL,&lt;STNO&gt;,""; on the others.</source>
      <translation>Die E-Mail nur an der SIP-Station der Person lassen: CHANGE-PERSI:EMAIL,&lt;STNO&gt;,""; an den anderen.</translation>
    </message>
    <message numerus="yes">
      <source>Station {stno} of {email} is a desk/client configuration (REG-SBCSU shows {count} devices), which is not offered for provisioning (guide §2.2).</source>
      <translation>
        <numerusform>Station {stno} von {email} ist eine Desk/Client-Konfiguration (REG-SBCSU zeigt {count} Gerät), die nicht zur Provisionierung angeboten wird (Leitfaden §2.2).</numerusform>
        <numerusform>Station {stno} von {email} ist eine Desk/Client-Konfiguration (REG-SBCSU zeigt {count} Geräte), die nicht zur Provisionierung angeboten wird (Leitfaden §2.2).</numerusform>
      </translation>
    </message>
    <message>
      <source>Give the person a SIP/UFIP station of its own; the station's associated devices can still be used.</source>
      <translation>Geben Sie der Person eine eigene SIP/UFIP-Station; die zugeordneten Geräte der Station bleiben nutzbar.</translation>
    </message>
    <message>
      <source>the stored wave plan cannot be read</source>
      <translation>der gespeicherte Wellenplan kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>plan the wave again</source>
      <translation>planen Sie die Welle erneut</translation>
    </message>
    <message>
      <source>Zoom still shows {email} without SIP credentials (Pending SIP credential).</source>
      <translation>Zoom zeigt {email} noch ohne SIP-Zugangsdaten (Pending SIP credential).</translation>
    </message>
    <message>
      <source>Assistant &gt; Zoom PSI &gt; Data operations &gt; User data: Update (or Update all), or wait for the data synchronisation; then resume.</source>
      <translation>Assistant &gt; Zoom PSI &gt; Data operations &gt; User data: Update (oder Update all), oder die Datensynchronisation abwarten; dann fortsetzen.</translation>
    </message>
    <message>
      <source>{email} is told to use {found} as {what}, not the SBC ({expected}).</source>
      <translation>{email} soll {found} als {what} nutzen, nicht den SBC ({expected}).</translation>
    </message>
    <message>
      <source>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port}; then Update all in the Assistant.</source>
      <translation>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={address},PORT1={port}; dann Update all im Assistant.</translation>
    </message>
    <message>
      <source>Station {stno} had no email before the wave: CHANGE-PERSI:EMAIL,{stno},""; clears it, a form no public AMO description confirms. Confirm it on a test station first.</source>
      <translation>Station {stno} hatte vor der Welle keine E-Mail: CHANGE-PERSI:EMAIL,{stno},""; leert sie, eine Form, die keine öffentliche AMO-Beschreibung bestätigt. Prüfen Sie sie zuerst an einer Teststation.</translation>
    </message>
    <message>
      <source>DEL-RICHT:MODE=PM,IDX={idx}; removes the PM route the wave added, a form no public AMO description confirms. Confirm it on a test station first.</source>
      <translation>DEL-RICHT:MODE=PM,IDX={idx}; entfernt die PM-Route, die die Welle hinzugefügt hat, eine Form, die keine öffentliche AMO-Beschreibung bestätigt. Prüfen Sie sie zuerst an einer Teststation.</translation>
    </message>
    <message>
      <source>The OSMO SBC address had no value before the wave; it is left as the wave set it.</source>
      <translation>Die OSMO-SBC-Adresse hatte vor der Welle keinen Wert; sie bleibt, wie die Welle sie gesetzt hat.</translation>
    </message>
    <message>
      <source>Zoom user {email} has no valid email.</source>
      <translation>Zoom-Benutzer {email} hat keine gültige E-Mail.</translation>
    </message>
    <message>
      <source>Correct the address in Zoom (User Management &gt; Users).</source>
      <translation>Adresse in Zoom korrigieren (User Management &gt; Users).</translation>
    </message>
    <message>
      <source>{stno} is not a station number (digits 0-9 only); nothing is built from it.</source>
      <translation>{stno} ist keine Rufnummer eines Teilnehmers (nur Ziffern 0-9); daraus wird nichts erzeugt.</translation>
    </message>
    <message>
      <source>Correct the station number in the source file or read the OS4K again.</source>
      <translation>Korrigieren Sie die Rufnummer in der Quelldatei oder lesen Sie die OS4K erneut.</translation>
    </message>
    <message>
      <source>Station {stno}: the digest password the wave set in place of the old one stays; the old one cannot be read back from the OS4K (REG- shows ****), so a device registered with it needs the new one.</source>
      <translation>Station {stno}: Das Digest-Passwort, das die Welle anstelle des alten gesetzt hat, bleibt; das alte lässt sich aus dem OS4K nicht zurücklesen (REG- zeigt ****), daher braucht ein damit registriertes Gerät das neue.</translation>
    </message>
    <message>
      <source>Station {stno} has {email} in PERSI, which is not an email address.</source>
      <translation>Station {stno} hat {email} in PERSI, was keine E-Mail-Adresse ist.</translation>
    </message>
    <message>
      <source>Station {stno} had no digest password before the wave; the one the wave gave it stays.</source>
      <translation>Station {stno} hatte vor der Welle kein Digest-Passwort; das Passwort, das die Welle ihr gegeben hat, bleibt.</translation>
    </message>
    <message>
      <source>unknown rate category '{name}'</source>
      <translation>unbekannte Ratenkategorie '{name}'</translation>
    </message>
    <message>
      <source>use {known}, e.g. {defaults}=80</source>
      <translation>verwenden Sie {known}, z. B. {defaults}=80</translation>
    </message>
    <message>
      <source>rate '{item}' must be a number above zero</source>
      <translation>Rate '{item}' muss eine Zahl größer null sein</translation>
    </message>
    <message>
      <source>e.g. light=30</source>
      <translation>z. B. light=30</translation>
    </message>
    <message>
      <source>rate '{item}' is not name=number</source>
      <translation>Rate '{item}' ist nicht Name=Zahl</translation>
    </message>
    <message>
      <source>e.g. light=80,medium=60</source>
      <translation>z. B. light=80,medium=60</translation>
    </message>
    <message>
      <source>{label} has spaces before or after the value.</source>
      <translation>{label} hat Leerzeichen vor oder nach dem Wert.</translation>
    </message>
    <message>
      <source>Remove the surrounding spaces.</source>
      <translation>Umgebende Leerzeichen entfernen.</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not a port number.</source>
      <translation>{label}: „{value}“ ist keine Portnummer.</translation>
    </message>
    <message>
      <source>Enter a whole number from 1 to 65535.</source>
      <translation>Eine ganze Zahl von 1 bis 65535 eingeben.</translation>
    </message>
    <message>
      <source>{label} is the default 5061.</source>
      <translation>{label} ist der Standardport 5061.</translation>
    </message>
    <message>
      <source>Guide §9.1 advises a custom SIP-TLS port on the access side (e.g. 65061).</source>
      <translation>Leitfaden §9.1 empfiehlt auf der Access-Seite einen eigenen SIP-TLS-Port (z. B. 65061).</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not a port range.</source>
      <translation>{label}: '{value}' ist kein Portbereich.</translation>
    </message>
    <message>
      <source>Enter the lowest and the highest port as the SBC has them, low first, such as 20000-40000 (ports from 1024 to 65535).</source>
      <translation>Geben Sie den niedrigsten und den höchsten Port so ein, wie der SBC sie hat, den niedrigen zuerst, etwa 20000-40000 (Ports von 1024 bis 65535).</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not a proxy URL.</source>
      <translation>{label}: „{value}“ ist keine Proxy-URL.</translation>
    </message>
    <message>
      <source>Enter it as http://host:port, for example http://proxy.example.local:3128.</source>
      <translation>Als http://host:port eingeben, zum Beispiel http://proxy.example.local:3128.</translation>
    </message>
    <message>
      <source>{label} contains a user name or password.</source>
      <translation>{label} enthält einen Benutzernamen oder ein Passwort.</translation>
    </message>
    <message>
      <source>Remove them from the URL; proxy credentials are kept in the keyring, not the project.</source>
      <translation>Aus der URL entfernen; Proxy-Anmeldedaten liegen im Schlüsselbund, nicht im Projekt.</translation>
    </message>
    <message>
      <source>{label} names no port.</source>
      <translation>{label} nennt keinen Port.</translation>
    </message>
    <message>
      <source>Add the port explicitly (proxies often listen on 3128 or 8080).</source>
      <translation>Den Port ausdrücklich angeben (Proxys lauschen oft auf 3128 oder 8080).</translation>
    </message>
    <message>
      <source>{label} is empty.</source>
      <translation>{label} ist leer.</translation>
    </message>
    <message>
      <source>Fill in {label}.</source>
      <translation>{label} ausfüllen.</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not an IP address.</source>
      <translation>{label}: „{value}“ ist keine IP-Adresse.</translation>
    </message>
    <message>
      <source>Enter an IPv4 address such as 10.180.0.4, or an IPv6 address.</source>
      <translation>Eine IPv4-Adresse wie 10.180.0.4 oder eine IPv6-Adresse eingeben.</translation>
    </message>
    <message>
      <source>{label}: '{value}' is neither an IP address nor a host name.</source>
      <translation>{label}: „{value}“ ist weder eine IP-Adresse noch ein Hostname.</translation>
    </message>
    <message>
      <source>Enter an IP address or a fully qualified host name.</source>
      <translation>Eine IP-Adresse oder einen vollqualifizierten Hostnamen eingeben.</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not a fully qualified domain name.</source>
      <translation>{label}: „{value}“ ist kein vollqualifizierter Domänenname.</translation>
    </message>
    <message>
      <source>Enter the name clients resolve, such as sbc01.example.com.</source>
      <translation>Den Namen eingeben, den Clients auflösen, etwa sbc01.example.com.</translation>
    </message>
    <message>
      <source>{label}: '{value}' is not a subnet mask.</source>
      <translation>{label}: „{value}“ ist keine Subnetzmaske.</translation>
    </message>
    <message>
      <source>Enter it in dotted form with contiguous ones, such as 255.255.255.0.</source>
      <translation>In Punktschreibweise mit zusammenhängenden Einsen eingeben, etwa 255.255.255.0.</translation>
    </message>
    <message>
      <source>{source} is not a text file (it contains binary data)</source>
      <translation>{source} ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
      <source>export the list as CSV (comma-separated values)</source>
      <translation>exportieren Sie die Liste als CSV (kommagetrennte Werte)</translation>
    </message>
    <message>
      <source>export the list again; it should start with a header row</source>
      <translation>exportieren Sie die Liste erneut; sie sollte mit einer Kopfzeile beginnen</translation>
    </message>
    <message>
      <source>{source} has no {what} column; its header row reads '{header}' ({delimiter}-separated, {encoding})</source>
      <translation>{source} hat keine Spalte {what}; seine Kopfzeile lautet '{header}' ({delimiter}-getrennt, {encoding})</translation>
    </message>
    <message>
      <source>use an export that has a column named '{what}'</source>
      <translation>verwenden Sie einen Export mit einer Spalte namens '{what}'</translation>
    </message>
    <message>
      <source>{source}: cannot read the CSV ({reason})</source>
      <translation>{source}: die CSV-Datei kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>open it in a spreadsheet and save it as CSV again</source>
      <translation>öffnen Sie sie in einer Tabellenkalkulation und speichern Sie sie erneut als CSV</translation>
    </message>
    <message>
      <source>{source} mixes encodings: it starts with the UTF-8 mark but byte {position} is not UTF-8 (Windows-1252?)</source>
      <translation>{source} mischt Kodierungen: es beginnt mit der UTF-8-Markierung, aber Byte {position} ist kein UTF-8 (Windows-1252?)</translation>
    </message>
    <message>
      <source>open it in the spreadsheet and save it again as 'CSV UTF-8'</source>
      <translation>öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie erneut als 'CSV UTF-8'</translation>
    </message>
    <message>
      <source>{source}: the file says UTF-16 but is not</source>
      <translation>{source}: die Datei gibt UTF-16 an, ist es aber nicht</translation>
    </message>
    <message>
      <source>export it again as CSV UTF-8</source>
      <translation>exportieren Sie sie erneut als CSV UTF-8</translation>
    </message>
    <message>
      <source>{src} line {line}: {email} is {status}, so it is in no batch: only activated users can be added to the integration (guide §7.1.3.2).</source>
      <translation>{src} Zeile {line}: {email} ist {status} und steht deshalb in keinem Stapel: Nur aktivierte Benutzer können der Integration hinzugefügt werden (Leitfaden §7.1.3.2).</translation>
    </message>
    <message>
      <source>Reactivate the user in Zoom (User Management &gt; Users) or leave the person out, then export again.</source>
      <translation>Reaktivieren Sie den Benutzer in Zoom (User Management &gt; Users) oder lassen Sie die Person weg, dann exportieren Sie erneut.</translation>
    </message>
    <message>
      <source>batch size {batch_size} is not allowed</source>
      <translation>Stapelgröße {batch_size} ist nicht zulässig</translation>
    </message>
    <message>
      <source>Zoom adds at most {limit} users at a time (guide §7.1.3.2)</source>
      <translation>Zoom fügt höchstens {limit} Benutzer auf einmal hinzu (Leitfaden §7.1.3.2)</translation>
    </message>
    <message>
      <source>{src} line {line}: {email} has not activated the Zoom account yet (Pending), so it is in no batch.</source>
      <translation>{src} Zeile {line}: {email} hat das Zoom-Konto noch nicht aktiviert (Pending) und steht deshalb in keinem Stapel.</translation>
    </message>
    <message>
      <source>Ask the person to open the invitation from no-reply@zoom.us (guide §7.1.2), export again once the account is active, and add the user then.</source>
      <translation>Bitten Sie die Person, die Einladung von no-reply@zoom.us zu öffnen (Leitfaden §7.1.2), exportieren Sie erneut, sobald das Konto aktiv ist, und fügen Sie den Benutzer dann hinzu.</translation>
    </message>
    <message>
      <source>{src} line {line}: {email} shows no status, so it is in no batch: only activated users can be added to the integration (guide §7.1.3.2).</source>
      <translation>{src} Zeile {line}: {email} zeigt keinen Status und steht deshalb in keinem Stapel: Nur aktivierte Benutzer können der Integration hinzugefügt werden (Leitfaden §7.1.3.2).</translation>
    </message>
    <message>
      <source>Check the user in Zoom (User Management &gt; Users) and export again.</source>
      <translation>Prüfen Sie den Benutzer in Zoom (User Management &gt; Users) und exportieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
      <source>{src} has {count} users; a Zoom import file takes at most {limit}.</source>
      <translation>
        <numerusform>{src} hat {count} Benutzer; eine Zoom-Importdatei fasst höchstens {limit}.</numerusform>
        <numerusform>{src} hat {count} Benutzer; eine Zoom-Importdatei fasst höchstens {limit}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Split the list into files of at most {limit} rows.</source>
      <translation>Teilen Sie die Liste in Dateien von höchstens {limit} Zeilen.</translation>
    </message>
    <message>
      <source>{src} has no Status column, so whether each user has activated the Zoom account cannot be told.</source>
      <translation>{src} hat keine Status-Spalte; ob jeder Benutzer sein Zoom-Konto aktiviert hat, lässt sich daher nicht sagen.</translation>
    </message>
    <message>
      <source>Export the users with their status (Zoom web portal &gt; User Management &gt; Users &gt; Export), or check that everyone in the batches is on the Users tab, not Pending: only activated users can be added (guide §7.1.3.2).</source>
      <translation>Exportieren Sie die Benutzer mit ihrem Status (Zoom web portal &gt; User Management &gt; Users &gt; Export), oder prüfen Sie, dass alle in den Stapeln auf dem Tab Users stehen, nicht Pending: Nur aktivierte Benutzer können hinzugefügt werden (Leitfaden §7.1.3.2).</translation>
    </message>
    <message>
      <source>{src} line {line}: {email} is not a valid email address.</source>
      <translation>{src} Zeile {line}: {email} ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>Correct the address in Zoom (User Management &gt; Users) and export again.</source>
      <translation>Adresse in Zoom korrigieren (User Management &gt; Users) und erneut exportieren.</translation>
    </message>
    <message>
      <source>{src} line {line}: {email} has spaces around it and will not match.</source>
      <translation>{src} Zeile {line}: {email} hat Leerzeichen um die Adresse und wird nicht zugeordnet.</translation>
    </message>
    <message>
      <source>Remove the spaces in the source and export again.</source>
      <translation>Leerzeichen in der Quelle entfernen und erneut exportieren.</translation>
    </message>
    <message>
      <source>{src}: {email} appears on lines {lines}.</source>
      <translation>{src}: {email} steht in den Zeilen {lines}.</translation>
    </message>
    <message>
      <source>{src}: {email} appears with different capitals on lines {lines}.</source>
      <translation>{src}: {email} steht mit unterschiedlicher Groß-/Kleinschreibung in den Zeilen {lines}.</translation>
    </message>
    <message>
      <source>Subscriber {stno} ({where}): {email} is not a valid email address.</source>
      <translation>Teilnehmer {stno} ({where}): {email} ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"&lt;correct email&gt;";</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"&lt;richtige E-Mail&gt;";</translation>
    </message>
    <message>
      <source>Subscribers {stations} share the email {email}.</source>
      <translation>Die Teilnehmer {stations} teilen sich die E-Mail {email}.</translation>
    </message>
    <message>
      <source>Give each subscriber the email of its own Zoom user (AMO PERSI).</source>
      <translation>Jedem Teilnehmer die E-Mail seines eigenen Zoom-Benutzers geben (AMO PERSI).</translation>
    </message>
    <message>
      <source>Zoom user {email} has no OS4K subscriber with that email.</source>
      <translation>Zoom-Benutzer {email} hat keinen OS4K-Teilnehmer mit dieser E-Mail.</translation>
    </message>
    <message>
      <source>Set the email on the user's subscriber: CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"{email}";</source>
      <translation>Die E-Mail am Teilnehmer des Benutzers setzen: CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"{email}";</translation>
    </message>
    <message>
      <source>Subscriber {stno} ({email}) has no Zoom user.</source>
      <translation>Teilnehmer {stno} ({email}) hat keinen Zoom-Benutzer.</translation>
    </message>
    <message>
      <source>Add the user in Zoom (User Management &gt; Users &gt; Add Users), guide §7.1.1.</source>
      <translation>Den Benutzer in Zoom anlegen (User Management &gt; Users &gt; Add Users), Leitfaden §7.1.1.</translation>
    </message>
    <message>
      <source>Zoom has {zoom_email} but subscriber {stno} has {persi_email}: they differ in capitals or spaces and will not join.</source>
      <translation>Zoom hat {zoom_email}, Teilnehmer {stno} aber {persi_email}: Sie unterscheiden sich in Groß-/Kleinschreibung oder Leerzeichen und werden nicht verknüpft.</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,{stno},"{email}"; (or correct Zoom)</source>
      <translation>CHANGE-PERSI:EMAIL,{stno},"{email}"; (oder Zoom korrigieren)</translation>
    </message>
    <message>
      <source>cannot read a version from '{text}'</source>
      <translation>aus '{text}' lässt sich keine Version lesen</translation>
    </message>
    <message>
      <source>type it as the system shows it, e.g. 'V11 R0.22.5', 'OpenScape SBC V11 R2.01.00-1' or '6.3.6 (52107)'</source>
      <translation>geben Sie sie ein, wie das System sie zeigt, z. B. 'V11 R0.22.5', 'OpenScape SBC V11 R2.01.00-1' oder '6.3.6 (52107)'</translation>
    </message>
    <message>
      <source>unknown component '{component}'</source>
      <translation>unbekannte Komponente '{component}'</translation>
    </message>
    <message>
      <source>use one of: {known}</source>
      <translation>verwenden Sie eine von: {known}</translation>
    </message>
    <message>
      <source>'{observed}' does not say which release</source>
      <translation>'{observed}' nennt kein Release</translation>
    </message>
    <message>
      <source>type the whole version as the system shows it; the minimum is {minimum}</source>
      <translation>geben Sie die ganze Version ein, wie das System sie zeigt; das Minimum ist {minimum}</translation>
    </message>
    <message>
      <source>{product} is {observed}, below the minimum {minimum}.</source>
      <translation>{product} ist {observed}, unter dem Minimum {minimum}.</translation>
    </message>
    <message>
      <source>Upgrade {product} to {minimum} or later before going on.</source>
      <translation>{product} auf {minimum} oder neuer aktualisieren, bevor es weitergeht.</translation>
    </message>
    <message>
      <source>the log folder {folder} cannot be written ({reason}); this run logs to {log}</source>
      <translation>der Protokollordner {folder} kann nicht geschrieben werden ({reason}); dieser Lauf protokolliert nach {log}</translation>
    </message>
    <message>
      <source>make the folder writable for your user (it may belong to another one)</source>
      <translation>machen Sie den Ordner für Ihren Benutzer beschreibbar (er gehört vielleicht einem anderen)</translation>
    </message>
    <message>
      <source>the log folder {folder} cannot be written ({reason}), nor a temporary one: nothing is logged this time</source>
      <translation>der Protokollordner {folder} kann nicht geschrieben werden ({reason}), auch kein temporärer: diesmal wird nichts protokolliert</translation>
    </message>
    <message>
      <source>make the log folder writable for your user, and free space on the disk</source>
      <translation>machen Sie den Protokollordner für Ihren Benutzer beschreibbar und schaffen Sie Platz auf dem Datenträger</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>check the path and the file's permissions</source>
      <translation>prüfen Sie den Pfad und die Berechtigungen der Datei</translation>
    </message>
    <message numerus="yes">
      <source>{count} warning(s)</source>
      <translation>
        <numerusform>{count} Warnung</numerusform>
        <numerusform>{count} Warnungen</numerusform>
      </translation>
    </message>
    <message>
      <source>the environment variable {passphrase_env} is not set</source>
      <translation>die Umgebungsvariable {passphrase_env} ist nicht gesetzt</translation>
    </message>
    <message>
      <source>export it with the key's passphrase, then run the check again</source>
      <translation>exportieren Sie sie mit der Passphrase des Schlüssels und führen Sie die Prüfung erneut aus</translation>
    </message>
    <message>
      <source>{subscribers}, line {line}, column {column}: '{value}' cannot go into an AMO ({rule})</source>
      <translation>{subscribers}, Zeile {line}, Spalte {column}: '{value}' darf nicht in ein AMO ({rule})</translation>
    </message>
    <message>
      <source>correct the file; nothing was written</source>
      <translation>korrigieren Sie die Datei; es wurde nichts geschrieben</translation>
    </message>
    <message numerus="yes">
      <source>re-checked {day}: {count} drift(s)</source>
      <translation>
        <numerusform>erneut geprüft {day}: {count} Abweichung</numerusform>
        <numerusform>erneut geprüft {day}: {count} Abweichungen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>certificate {count} day(s) left</source>
      <translation>
        <numerusform>Zertifikat noch {count} Tag gültig</numerusform>
        <numerusform>Zertifikat noch {count} Tage gültig</numerusform>
      </translation>
    </message>
    <message>
      <source>this CloudLink user belongs to several accounts, and CloudLink does not say which</source>
      <translation>dieser CloudLink-Benutzer gehört zu mehreren Konten, und CloudLink sagt nicht, zu welchem</translation>
    </message>
    <message>
      <source>enter the customer's CloudLink account ID in the CloudLink connection (Account ID) and test again</source>
      <translation>tragen Sie die CloudLink-Konto-ID des Kunden in der CloudLink-Verbindung ein (Account ID) und testen Sie erneut</translation>
    </message>
    <message>
      <source>CloudLink returned a token without claims</source>
      <translation>CloudLink hat ein Token ohne Claims geliefert</translation>
    </message>
    <message>
      <source>report this to support</source>
      <translation>melden Sie dies dem Support</translation>
    </message>
    <message>
      <source>CloudLink returned a token the wizard cannot read</source>
      <translation>CloudLink hat ein Token geliefert, das der Wizard nicht lesen kann</translation>
    </message>
    <message>
      <source>The CloudLink user has the role {role}; the setup needs an account admin.</source>
      <translation>Der CloudLink-Benutzer hat die Rolle {role}; die Einrichtung braucht einen Account Admin.</translation>
    </message>
    <message>
      <source>Sign in as an account admin, or have a partner or account admin grant the role (guide §2.2.1).</source>
      <translation>Als Account Admin anmelden, oder die Rolle von einem Partner oder Account Admin vergeben lassen (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>there is no CloudLink session to renew</source>
      <translation>es gibt keine CloudLink-Sitzung zum Erneuern</translation>
    </message>
    <message>
      <source>sign in again</source>
      <translation>melden Sie sich erneut an</translation>
    </message>
    <message>
      <source>not signed in to CloudLink</source>
      <translation>nicht bei CloudLink angemeldet</translation>
    </message>
    <message>
      <source>sign in first</source>
      <translation>melden Sie sich zuerst an</translation>
    </message>
    <message>
      <source>The CloudLink user is a partner admin (PARTNER_ADMIN), the wrong role for this setup: it needs the customer account's admin (guide §2.2.1), and partner accounts cannot carry the integration (§4.1).</source>
      <translation>Der CloudLink-Benutzer ist ein Partner-Admin (PARTNER_ADMIN), die falsche Rolle für diese Einrichtung: Sie braucht den Admin des Kunden-Accounts (Leitfaden §2.2.1), und Partner-Accounts können die Integration nicht tragen (§4.1).</translation>
    </message>
    <message>
      <source>Sign in as an account admin of the customer's account; a partner admin can give a user of that account the Account Admin role (Mitel Administration &gt; User Management).</source>
      <translation>Melden Sie sich als Account Admin des Kunden-Accounts an; ein Partner-Admin kann einem Benutzer dieses Accounts die Rolle Account Admin geben (Mitel Administration &gt; User Management).</translation>
    </message>
    <message>
      <source>The OS4K at {host} presents the SSH host key {fingerprint}, which has not been accepted yet.</source>
      <translation>Die OS4K unter {host} zeigt den SSH-Hostschlüssel {fingerprint}, der noch nicht akzeptiert wurde.</translation>
    </message>
    <message>
      <source>Compare it with the fingerprint the OS4K's administrator reads on the platform (ssh-keygen -lf on its host key); accept it only if they match.</source>
      <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den der Administrator der OS4K auf der Plattform abliest (ssh-keygen -lf auf ihren Hostschlüssel); akzeptieren Sie ihn nur, wenn beide übereinstimmen.</translation>
    </message>
    <message>
      <source>No {secret} is known for {system}.</source>
      <translation>Für {system} ist kein {secret} bekannt.</translation>
    </message>
    <message>
      <source>Enter it; it is kept in the system keyring (or for this session only).</source>
      <translation>Eingeben; es wird im Schlüsselbund des Systems gehalten (oder nur für diese Sitzung).</translation>
    </message>
    <message>
      <source>The {system} connection lacks its {setting}.</source>
      <translation>Der Verbindung {system} fehlt die Einstellung {setting}.</translation>
    </message>
    <message>
      <source>Fill in the connection settings on the site page.</source>
      <translation>Die Verbindungseinstellungen auf der Standortseite ausfüllen.</translation>
    </message>
    <message>
      <source>{system} cannot be reached ({reason})</source>
      <translation>{system} ist nicht erreichbar ({reason})</translation>
    </message>
    <message>
      <source>check the network, the proxy setting and the address</source>
      <translation>prüfen Sie das Netzwerk, die Proxy-Einstellung und die Adresse</translation>
    </message>
    <message>
      <source>the laptop's clock is {seconds} s ahead of {system}'s</source>
      <translation>die Uhr des Laptops geht {seconds} s gegenüber der von {system} vor</translation>
    </message>
    <message>
      <source>set the laptop's clock right (automatic time): certificates' validity, the audit log's times and the waits servers ask for depend on it</source>
      <translation>stellen Sie die Uhr des Laptops richtig (automatische Zeit): die Gültigkeit von Zertifikaten, die Zeiten im Prüfprotokoll und die Wartezeiten, die Server verlangen, hängen davon ab</translation>
    </message>
    <message>
      <source>{system} cannot be reached: its name cannot be resolved (DNS)</source>
      <translation>{system} ist nicht erreichbar: sein Name lässt sich nicht auflösen (DNS)</translation>
    </message>
    <message>
      <source>check the address, and the laptop's DNS or proxy settings</source>
      <translation>prüfen Sie die Adresse sowie die DNS- oder Proxy-Einstellungen des Laptops</translation>
    </message>
    <message>
      <source>{system} cannot be reached: its TLS certificate is not trusted (is a proxy inspecting TLS?)</source>
      <translation>{system} ist nicht erreichbar: seinem TLS-Zertifikat wird nicht vertraut (prüft ein Proxy TLS?)</translation>
    </message>
    <message>
      <source>if the customer's proxy inspects TLS, trust its CA explicitly for this project</source>
      <translation>wenn der Proxy des Kunden TLS prüft, vertrauen Sie seiner CA ausdrücklich für dieses Projekt</translation>
    </message>
    <message>
      <source>{system} cannot be reached: nothing accepts connections at that address (TCP refused)</source>
      <translation>{system} ist nicht erreichbar: unter dieser Adresse nimmt niemand Verbindungen an (TCP abgewiesen)</translation>
    </message>
    <message>
      <source>check the address and port</source>
      <translation>prüfen Sie Adresse und Port</translation>
    </message>
    <message>
      <source>{system} cannot be reached: no answer to the connection attempt (TCP timeout)</source>
      <translation>{system} ist nicht erreichbar: keine Antwort auf den Verbindungsversuch (TCP-Zeitüberschreitung)</translation>
    </message>
    <message>
      <source>a firewall may drop the traffic; check the path</source>
      <translation>eine Firewall verwirft den Verkehr vielleicht; prüfen Sie den Weg</translation>
    </message>
    <message>
      <source>{system} did not answer properly ({reason})</source>
      <translation>{system} hat nicht ordnungsgemäß geantwortet ({reason})</translation>
    </message>
    <message>
      <source>{system} did not answer properly ({reason}); the request may or may not have been carried out, check before repeating</source>
      <translation>{system} hat nicht ordnungsgemäß geantwortet ({reason}); die Anfrage wurde vielleicht ausgeführt, vielleicht nicht – prüfen Sie vor einer Wiederholung</translation>
    </message>
    <message>
      <source>try again later</source>
      <translation>versuchen Sie es später erneut</translation>
    </message>
    <message>
      <source>{system}'s rate limit is reached (request id {rid})</source>
      <translation>das Ratenlimit von {system} ist erreicht (Request-ID {rid})</translation>
    </message>
    <message>
      <source>{system}'s rate limit is reached</source>
      <translation>das Ratenlimit von {system} ist erreicht</translation>
    </message>
    <message>
      <source>the work can go on after {resume}; what is done so far is kept</source>
      <translation>die Arbeit kann nach {resume} weitergehen; was bisher getan ist, bleibt erhalten</translation>
    </message>
    <message>
      <source>{system} answered {answer} ({what}): {message}</source>
      <translation>{system} antwortete {answer} ({what}): {message}</translation>
    </message>
    <message>
      <source>{system} answered {answer}: {message}</source>
      <translation>{system} antwortete {answer}: {message}</translation>
    </message>
    <message>
      <source>see the message; quote request id {rid} to the vendor's support</source>
      <translation>siehe die Meldung; nennen Sie dem Support des Herstellers die Request-ID {rid}</translation>
    </message>
    <message>
      <source>see the message</source>
      <translation>siehe die Meldung</translation>
    </message>
    <message>
      <source>{system} answered '{what}' ({answer}) without the field {expected}: {came}</source>
      <translation>{system} beantwortete '{what}' ({answer}) ohne das Feld {expected}: {came}</translation>
    </message>
    <message>
      <source>{system} answered '{what}' ({answer}) without the field {expected}</source>
      <translation>{system} beantwortete '{what}' ({answer}) ohne das Feld {expected}</translation>
    </message>
    <message>
      <source>{system} answered '{what}' ({answer}) without {expected}: {came}</source>
      <translation>{system} beantwortete '{what}' ({answer}) ohne {expected}: {came}</translation>
    </message>
    <message>
      <source>{system} answered '{what}' ({answer}) without {expected}</source>
      <translation>{system} beantwortete '{what}' ({answer}) ohne {expected}</translation>
    </message>
    <message>
      <source>nothing was changed on our side; if a proxy sits in between, check its settings, else try again later and quote request id {rid} to the vendor's support</source>
      <translation>auf unserer Seite wurde nichts geändert; liegt ein Proxy dazwischen, prüfen Sie seine Einstellungen, sonst versuchen Sie es später erneut und nennen Sie dem Support des Herstellers die Request-ID {rid}</translation>
    </message>
    <message>
      <source>nothing was changed on our side; if a proxy sits in between, check its settings, else try again later</source>
      <translation>auf unserer Seite wurde nichts geändert; liegt ein Proxy dazwischen, prüfen Sie seine Einstellungen, sonst versuchen Sie es später erneut</translation>
    </message>
    <message>
      <source>the laptop's clock is {seconds} s behind {system}'s</source>
      <translation>die Uhr des Laptops geht {seconds} s gegenüber der von {system} nach</translation>
    </message>
    <message>
      <source>{system}'s daily limit is reached (request id {rid})</source>
      <translation>das Tageslimit von {system} ist erreicht (Request-ID {rid})</translation>
    </message>
    <message>
      <source>{system}'s daily limit is reached</source>
      <translation>das Tageslimit von {system} ist erreicht</translation>
    </message>
    <message>
      <source>the work can go on tomorrow (the limit resets at 00:00 UTC); what is done so far is kept</source>
      <translation>die Arbeit kann morgen weitergehen (das Limit wird um 00:00 UTC zurückgesetzt); was bisher getan ist, bleibt erhalten</translation>
    </message>
    <message>
      <source>the proxy refused the connection to {system} ({reason})</source>
      <translation>der Proxy hat die Verbindung zu {system} abgewiesen ({reason})</translation>
    </message>
    <message>
      <source>check the proxy address and credentials</source>
      <translation>prüfen Sie Proxy-Adresse und Zugangsdaten</translation>
    </message>
    <message>
      <source>{host}:{port} presented no SSH host key</source>
      <translation>{host}:{port} hat keinen SSH-Hostschlüssel vorgelegt</translation>
    </message>
    <message>
      <source>check that this is the OS4K's SSH port</source>
      <translation>prüfen Sie, ob dies der SSH-Port der OS4K ist</translation>
    </message>
    <message>
      <source>the pasted output does not contain '{command}'</source>
      <translation>die eingefügte Ausgabe enthält '{command}' nicht</translation>
    </message>
    <message>
      <source>paste the complete output of the batch, including the echoed commands</source>
      <translation>fügen Sie die vollständige Ausgabe des Stapels ein, einschließlich der wiederholten Befehle</translation>
    </message>
    <message>
      <source>the trusted OS4K host key in the project is not a valid SSH key</source>
      <translation>der vertraute OS4K-Hostschlüssel im Projekt ist kein gültiger SSH-Schlüssel</translation>
    </message>
    <message>
      <source>clear it in the connection settings and accept the key again</source>
      <translation>löschen Sie ihn in den Verbindungseinstellungen und akzeptieren Sie den Schlüssel erneut</translation>
    </message>
    <message>
      <source>no SSH session to {host}:{port} ({reason})</source>
      <translation>keine SSH-Sitzung zu {host}:{port} ({reason})</translation>
    </message>
    <message>
      <source>check the address, the port and that SSH is enabled</source>
      <translation>prüfen Sie Adresse und Port und ob SSH aktiviert ist</translation>
    </message>
    <message>
      <source>the SSH host key of the OS4K at {host} has not been accepted yet</source>
      <translation>der SSH-Hostschlüssel der OS4K unter {host} wurde noch nicht akzeptiert</translation>
    </message>
    <message>
      <source>test the OS4K connection on the Site page (or psi-wizard connection test --system os4k) and accept its fingerprint</source>
      <translation>testen Sie die OS4K-Verbindung auf der Seite Standort (oder psi-wizard connection test --system os4k) und akzeptieren Sie ihren Fingerabdruck</translation>
    </message>
    <message>
      <source>the pasted output of '{command}' ends before the OS4K confirmed it</source>
      <translation>die eingefügte Ausgabe von '{command}' endet, bevor die OS4K ihn bestätigt hat</translation>
    </message>
    <message>
      <source>paste the complete output, down to the 'COMPLETED;' or 'NOT EXECUTED;' line of the last command</source>
      <translation>fügen Sie die vollständige Ausgabe ein, bis zur Zeile 'COMPLETED;' oder 'NOT EXECUTED;' des letzten Befehls</translation>
    </message>
    <message>
      <source>the SSH host key of {host} is not the one trusted at the first connection</source>
      <translation>der SSH-Hostschlüssel von {host} ist nicht der bei der ersten Verbindung vertraute</translation>
    </message>
    <message>
      <source>someone may be intercepting the connection; if the OS4K was reinstalled, clear its trusted key in the connection settings and connect again</source>
      <translation>jemand fängt die Verbindung womöglich ab; wurde die OS4K neu installiert, löschen Sie ihren vertrauten Schlüssel in den Verbindungseinstellungen und verbinden Sie sich erneut</translation>
    </message>
    <message>
      <source>the OS4K at {host} refused user '{username}'</source>
      <translation>die OS4K unter {host} hat den Benutzer '{username}' abgewiesen</translation>
    </message>
    <message>
      <source>check the user name and password of the AMO login</source>
      <translation>prüfen Sie Benutzername und Passwort der AMO-Anmeldung</translation>
    </message>
    <message>
      <source>the OS4K closed the SSH session</source>
      <translation>die OS4K hat die SSH-Sitzung geschlossen</translation>
    </message>
    <message>
      <source>the wizard reconnects and checks what was applied</source>
      <translation>der Wizard verbindet sich neu und prüft, was angewendet wurde</translation>
    </message>
    <message>
      <source>the SSH session was lost while waiting for the answer</source>
      <translation>die SSH-Sitzung ging während des Wartens auf die Antwort verloren</translation>
    </message>
    <message>
      <source>RedSky refused the sign-in</source>
      <translation>RedSky hat die Anmeldung abgewiesen</translation>
    </message>
    <message>
      <source>check the RedSky administrator's user name and password</source>
      <translation>prüfen Sie Benutzername und Passwort des RedSky-Administrators</translation>
    </message>
    <message>
      <source>the RedSky session expired and could not be renewed</source>
      <translation>die RedSky-Sitzung ist abgelaufen und konnte nicht erneuert werden</translation>
    </message>
    <message>
      <source>not signed in to RedSky</source>
      <translation>nicht bei RedSky angemeldet</translation>
    </message>
    <message>
      <source>RedSky has no building named '{building}'</source>
      <translation>RedSky hat kein Gebäude namens '{building}'</translation>
    </message>
    <message>
      <source>create the building in RedSky first (guide §10.4 notice), or correct the name</source>
      <translation>legen Sie das Gebäude zuerst in RedSky an (Hinweis in §10.4 des Leitfadens) oder korrigieren Sie den Namen</translation>
    </message>
    <message>
      <source>building '{building}' has no location named '{location}'</source>
      <translation>Gebäude '{building}' hat keinen Standort namens '{location}'</translation>
    </message>
    <message>
      <source>create the location in RedSky first, or correct the name</source>
      <translation>legen Sie den Standort zuerst in RedSky an oder korrigieren Sie den Namen</translation>
    </message>
    <message>
      <source>RedSky's sign-in answer lacks accessToken, refreshTokenInfo.id or the company id</source>
      <translation>der RedSky-Anmeldeantwort fehlt accessToken, refreshTokenInfo.id oder die Firmen-ID</translation>
    </message>
    <message>
      <source>check the RedSky API address (it differs per tenant); else report this to support</source>
      <translation>prüfen Sie die RedSky-API-Adresse (sie unterscheidet sich je Mandant); sonst melden Sie dies dem Support</translation>
    </message>
    <message>
      <source>{low}–{high} is already mapped to another location in RedSky</source>
      <translation>{low}–{high} ist in RedSky bereits einem anderen Standort zugeordnet</translation>
    </message>
    <message>
      <source>change or delete that mapping in RedSky, or correct the table</source>
      <translation>ändern oder löschen Sie diese Zuordnung in RedSky oder korrigieren Sie die Tabelle</translation>
    </message>
    <message>
      <source>an AMO session</source>
      <translation>eine AMO-Sitzung</translation>
    </message>
    <message>
      <source>a Zoom API session</source>
      <translation>eine Zoom-API-Sitzung</translation>
    </message>
    <message>
      <source>reading RedSky</source>
      <translation>das Lesen von RedSky</translation>
    </message>
    <message>
      <source>the OS4K connection is not set up</source>
      <translation>die OS4K-Verbindung ist nicht eingerichtet</translation>
    </message>
    <message>
      <source>enter host, port and user under Connections on the Site page and test it</source>
      <translation>tragen Sie unter Verbindungen auf der Seite Standort Host, Port und Benutzer ein und testen Sie sie</translation>
    </message>
    <message>
      <source>no AMO password is known for this project</source>
      <translation>für dieses Projekt ist kein AMO-Passwort bekannt</translation>
    </message>
    <message>
      <source>type it under Connections on the Site page (or pass --password-env VAR)</source>
      <translation>geben Sie es unter Verbindungen auf der Seite Standort ein (oder übergeben Sie --password-env VAR)</translation>
    </message>
    <message>
      <source>the RedSky connection is not set up</source>
      <translation>die RedSky-Verbindung ist nicht eingerichtet</translation>
    </message>
    <message>
      <source>enter and test it under Connections on the Site page</source>
      <translation>tragen Sie sie unter Verbindungen auf der Seite Standort ein und testen Sie sie</translation>
    </message>
    <message>
      <source>unknown system '{system}'</source>
      <translation>unbekanntes System '{system}'</translation>
    </message>
    <message>
      <source>the {system} connection's port '{text}' is not a port number</source>
      <translation>der Port '{text}' der Verbindung {system} ist keine Portnummer</translation>
    </message>
    <message>
      <source>enter a whole number from 1 to 65535 in the connection settings</source>
      <translation>geben Sie in den Verbindungseinstellungen eine ganze Zahl von 1 bis 65535 ein</translation>
    </message>
    <message>
      <source>Zoom did not say whether {email} is active (status '{status}').</source>
      <translation>Zoom hat nicht gesagt, ob {email} aktiv ist (Status '{status}').</translation>
    </message>
    <message>
      <source>Check in the Zoom web portal (User Management &gt; Users) that the user is active (guide §2.2.1).</source>
      <translation>Im Zoom-Webportal (User Management &gt; Users) prüfen, dass der Benutzer aktiv ist (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>{email} has the role {role}, a role of this account rather than Zoom's Admin.</source>
      <translation>{email} hat die Rolle {role}, eine Rolle dieses Kontos statt Zooms Admin.</translation>
    </message>
    <message>
      <source>Confirm in the Zoom web portal (User Management &gt; Roles) that {role} may manage Users, Phone System Integration and Zoom Phone (guide §2.2.1).</source>
      <translation>Im Zoom-Webportal (User Management &gt; Roles) bestätigen, dass {role} Users, Phone System Integration und Zoom Phone verwalten darf (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>Zoom refused the app's credentials (Server-to-Server OAuth: {which} is not accepted)</source>
      <translation>Zoom hat die Zugangsdaten der App abgewiesen (Server-to-Server OAuth: {which} wird nicht akzeptiert)</translation>
    </message>
    <message>
      <source>check the account ID, client ID and client secret of the Server-to-Server OAuth app, and that the app is activated</source>
      <translation>prüfen Sie Account ID, Client ID und Client Secret der Server-to-Server-OAuth-App und ob die App aktiviert ist</translation>
    </message>
    <message>
      <source>SIP phone integration is not enabled on this Zoom account</source>
      <translation>die SIP-Telefon-Integration ist für dieses Zoom-Konto nicht aktiviert</translation>
    </message>
    <message>
      <source>Zoom enables Phone System Integration for an account on request (guide §4, Zoom KB0079172); resume once it is enabled</source>
      <translation>Zoom aktiviert Phone System Integration für ein Konto auf Anfrage (Leitfaden §4, Zoom KB0079172); setzen Sie fort, sobald sie aktiviert ist</translation>
    </message>
    <message>
      <source>Zoom denies this account access to its REST API</source>
      <translation>Zoom verweigert diesem Konto den Zugang zu seiner REST-API</translation>
    </message>
    <message>
      <source>ask Zoom Support to allow REST API access for the account, then test the connection again</source>
      <translation>bitten Sie den Zoom-Support, dem Konto den Zugang zur REST-API zu erlauben, und testen Sie die Verbindung dann erneut</translation>
    </message>
    <message>
      <source>Zoom refused to {what}: the Server-to-Server OAuth app lacks the scope {scope}</source>
      <translation>Zoom verweigert {what}: der Server-to-Server-OAuth-App fehlt der Scope {scope}</translation>
    </message>
    <message>
      <source>add {scope} to the app's scopes in the Zoom App Marketplace (Manage &gt; the app &gt; Scopes), then try again</source>
      <translation>fügen Sie {scope} den Scopes der App im Zoom App Marketplace hinzu (Manage &gt; die App &gt; Scopes) und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>{email} never accepted Zoom's invitation and it has expired</source>
      <translation>{email} hat die Einladung von Zoom nie angenommen, und sie ist abgelaufen</translation>
    </message>
    <message>
      <source>remove the pending user in the Zoom portal (User Management &gt; Users &gt; Pending) or let the wave's undo do it, then invite the person again</source>
      <translation>entfernen Sie den ausstehenden Benutzer im Zoom-Portal (User Management &gt; Users &gt; Pending) oder lassen Sie das die Rücknahme der Welle tun, und laden Sie die Person dann erneut ein</translation>
    </message>
    <message>
      <source>Zoom cannot remove {email}: {message}</source>
      <translation>Zoom kann {email} nicht entfernen: {message}</translation>
    </message>
    <message>
      <source>Zoom names the reason: a user of another account, a Zoom Rooms user or a deactivated user is not removed through the API; remove it in the Zoom portal (User Management &gt; Users) or ask Zoom Support</source>
      <translation>Zoom nennt den Grund: Ein Benutzer eines anderen Kontos, ein Zoom-Rooms-Benutzer oder ein deaktivierter Benutzer wird nicht über die API entfernt; entfernen Sie ihn im Zoom-Portal (User Management &gt; Users) oder fragen Sie den Zoom-Support</translation>
    </message>
    <message>
      <source>{email} is deactivated in Zoom: the integration stops working while its service account is.</source>
      <translation>{email} ist in Zoom deaktiviert: Die Integration arbeitet nicht, solange ihr Dienstkonto es ist.</translation>
    </message>
    <message>
      <source>Reactivate the user in the Zoom web portal (User Management &gt; Users &gt; Deactivated); the guide (§2.2.1) requires the service account to stay active.</source>
      <translation>Den Benutzer im Zoom-Webportal reaktivieren (User Management &gt; Users &gt; Deactivated); der Leitfaden (§2.2.1) verlangt, dass das Dienstkonto aktiv bleibt.</translation>
    </message>
    <message>
      <source>{email} has not accepted Zoom's invitation yet.</source>
      <translation>{email} hat die Einladung von Zoom noch nicht angenommen.</translation>
    </message>
    <message>
      <source>Accept the invitation from that mailbox: until then the admin cannot sign in to authorise the integration (guide §2.2.1, §4.2).</source>
      <translation>Die Einladung aus diesem Postfach annehmen: Bis dahin kann sich der Admin nicht anmelden, um die Integration zu autorisieren (Leitfaden §2.2.1, §4.2).</translation>
    </message>
    <message>
      <source>{email} has the role {role}: a regular user cannot manage users and Phone System Integration.</source>
      <translation>{email} hat die Rolle {role}: Ein gewöhnlicher Benutzer kann Benutzer und Phone System Integration nicht verwalten.</translation>
    </message>
    <message>
      <source>Give it the Admin role (User Management &gt; Users &gt; Edit &gt; User Role), or name a dedicated admin (guide §2.2.1).</source>
      <translation>Ihm die Rolle Admin geben (User Management &gt; Users &gt; Edit &gt; User Role) oder einen eigenen Admin nennen (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>Zoom did not name the role of {email}.</source>
      <translation>Zoom hat die Rolle von {email} nicht genannt.</translation>
    </message>
    <message>
      <source>Check in the Zoom web portal (User Management &gt; Users) that its role is Admin, or one that manages Users, Phone System Integration and Zoom Phone (guide §2.2.1).</source>
      <translation>Im Zoom-Webportal (User Management &gt; Users) prüfen, dass seine Rolle Admin ist oder eine, die Users, Phone System Integration und Zoom Phone verwaltet (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>Zoom has no user {email} in this account.</source>
      <translation>Zoom hat in diesem Konto keinen Benutzer {email}.</translation>
    </message>
    <message>
      <source>Create the integration's dedicated admin in the Zoom web portal (User Management &gt; Users &gt; Add users): its own email address used for nothing else, with the Admin role (guide §2.2.1).</source>
      <translation>Den eigenen Admin der Integration im Zoom-Webportal anlegen (User Management &gt; Users &gt; Add users): mit eigener E-Mail-Adresse, die für nichts anderes dient, und der Rolle Admin (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>{email} never accepted Zoom's invitation and it has expired.</source>
      <translation>{email} hat die Einladung von Zoom nie angenommen, und sie ist abgelaufen.</translation>
    </message>
    <message>
      <source>Remove the pending user in the Zoom web portal (User Management &gt; Users &gt; Pending) and add it again, then accept the invitation from that mailbox (guide §2.2.1).</source>
      <translation>Den ausstehenden Benutzer im Zoom-Webportal entfernen (User Management &gt; Users &gt; Pending) und erneut anlegen, dann die Einladung aus diesem Postfach annehmen (Leitfaden §2.2.1).</translation>
    </message>
    <message>
      <source>Demo: portals open from the engineer's laptop.</source>
      <translation>Demo: Die Portale öffnen sich vom Laptop des Technikers.</translation>
    </message>
    <message>
      <source>Demo: licences are checked by the customer's partner.</source>
      <translation>Demo: Die Lizenzen prüft der Partner des Kunden.</translation>
    </message>
    <message>
      <source>Demo: the lab's own CA, confirmed for the demo by the demo engineer</source>
      <translation>Demo: die eigene Zertifizierungsstelle des Labors, für die Demo vom Demo-Techniker bestätigt</translation>
    </message>
    <message>
      <source>Demo: the demo engineer confirms this step by hand, as the guide says; the lab has no portal or device to do it in.</source>
      <translation>Demo: Der Demo-Techniker bestätigt diesen Schritt von Hand, wie der Leitfaden es sagt; im Labor gibt es kein Portal und kein Gerät dafür.</translation>
    </message>
    <message>
      <source>Demo: the demo engineer confirms this step by hand, as the guide says; the lab has no portal to do it in or file to check it with.</source>
      <translation>Demo: Der Demo-Techniker bestätigt diesen Schritt von Hand, wie der Leitfaden es sagt; im Labor gibt es kein Portal dafür und keine Datei, um ihn zu prüfen.</translation>
    </message>
    <message>
      <source>{path} is not a demo project</source>
      <translation>{path} ist kein Demo-Projekt</translation>
    </message>
    <message>
      <source>move it out of the demo folder, then open the demo</source>
      <translation>verschieben Sie es aus dem Demo-Ordner und öffnen Sie dann die Demo</translation>
    </message>
    <message>
      <source>cannot write {path}: {reason}</source>
      <translation>{path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <source>choose another folder</source>
      <translation>wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
      <source>cannot write {path}: {reason}; the file there before is unchanged</source>
      <translation>{path} kann nicht geschrieben werden: {reason}; die vorher dort liegende Datei ist unverändert</translation>
    </message>
    <message>
      <source>free space or choose another folder</source>
      <translation>schaffen Sie Platz oder wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
      <source>{label} {path} is the same file as {other}; writing it would destroy that file</source>
      <translation>{label} {path} ist dieselbe Datei wie {other}; sie zu schreiben würde diese Datei zerstören</translation>
    </message>
    <message>
      <source>choose another file for {label}</source>
      <translation>wählen Sie eine andere Datei für {label}</translation>
    </message>
    <message>
      <source>unknown fault setting '{item}'</source>
      <translation>unbekannte Fehlereinstellung '{item}'</translation>
    </message>
    <message>
      <source>use name=value with one of: {known}</source>
      <translation>verwenden Sie Name=Wert mit einem von: {known}</translation>
    </message>
    <message>
      <source>fault setting '{item}' must be a number of at least 0</source>
      <translation>Fehlereinstellung '{item}' muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
      <source>e.g. zoom.latency=0.2</source>
      <translation>z. B. zoom.latency=0.2</translation>
    </message>
    <message>
      <source>cannot read the lab state {path} ({reason})</source>
      <translation>der Laborzustand {path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>delete it to start from the demo data</source>
      <translation>löschen Sie ihn, um mit den Demodaten neu zu beginnen</translation>
    </message>
    <message>
      <source>fault setting '{item}' needs a number</source>
      <translation>Fehlereinstellung '{item}' braucht eine Zahl</translation>
    </message>
    <message>
      <source>e.g. zoom.storm=5</source>
      <translation>z. B. zoom.storm=5</translation>
    </message>
    <message>
      <source>{name} is in offline checklist mode: {action} needs the live systems, so nothing was sent</source>
      <translation>{name} ist im Offline-Checklistenmodus: {action} braucht die Live-Systeme, daher wurde nichts gesendet</translation>
    </message>
    <message>
      <source>switch the project to live mode (in the window: Ctrl+Shift+O), then run it again</source>
      <translation>schalten Sie das Projekt in den Live-Modus (im Fenster: Strg+Umschalt+O) und führen Sie es erneut aus</translation>
    </message>
    <message>
      <source>'{text}': '{port_text}' is not a port</source>
      <translation>'{text}': '{port_text}' ist kein Port</translation>
    </message>
    <message>
      <source>use a number from 1 to 65535</source>
      <translation>verwenden Sie eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
      <source>'{text}' is not [IPv6 address]:port</source>
      <translation>'{text}' ist nicht [IPv6-Adresse]:Port</translation>
    </message>
    <message>
      <source>close the address with ']' before the port</source>
      <translation>schließen Sie die Adresse vor dem Port mit ']'</translation>
    </message>
    <message>
      <source>'{text}' names no port</source>
      <translation>'{text}' nennt keinen Port</translation>
    </message>
    <message>
      <source>write it as host:port</source>
      <translation>schreiben Sie es als Host:Port</translation>
    </message>
    <message>
      <source>{name} exists but has no A or AAAA record.</source>
      <translation>{name} existiert, hat aber keinen A- oder AAAA-Eintrag.</translation>
    </message>
    <message>
      <source>Add an A record with the SBC's public address.</source>
      <translation>Einen A-Eintrag mit der öffentlichen Adresse des SBC anlegen.</translation>
    </message>
    <message>
      <source>{name} does not exist in DNS ({where}).</source>
      <translation>{name} existiert nicht im DNS ({where}).</translation>
    </message>
    <message>
      <source>Create the A record for the SBC's public FQDN at the customer's DNS provider.</source>
      <translation>Den A-Eintrag für den öffentlichen FQDN des SBC beim DNS-Anbieter des Kunden anlegen.</translation>
    </message>
    <message>
      <source>{where} could not answer for {name} (server failure).</source>
      <translation>{where} konnte für {name} nicht antworten (Serverfehler).</translation>
    </message>
    <message>
      <source>The zone's authoritative servers are failing or misconfigured; ask whoever runs the zone.</source>
      <translation>Die autoritativen Server der Zone fallen aus oder sind falsch konfiguriert; fragen Sie, wer die Zone betreibt.</translation>
    </message>
    <message>
      <source>{where} refused to answer for {name}.</source>
      <translation>{where} hat die Antwort für {name} verweigert.</translation>
    </message>
    <message>
      <source>Use a DNS server that resolves for this laptop (the customer's resolver), or ask for this network to be allowed.</source>
      <translation>Einen DNS-Server nutzen, der für diesen Laptop auflöst (den Resolver des Kunden), oder dieses Netz freischalten lassen.</translation>
    </message>
    <message>
      <source>{where} did not answer within {timeout} s for {name}.</source>
      <translation>{where} hat für {name} nicht innerhalb von {timeout} s geantwortet.</translation>
    </message>
    <message>
      <source>Check that the laptop reaches that DNS server (UDP and TCP 53).</source>
      <translation>Prüfen, dass der Laptop diesen DNS-Server erreicht (UDP und TCP 53).</translation>
    </message>
    <message>
      <source>{name} resolves to {value}, not to the public address you entered ({expect}).</source>
      <translation>{name} löst auf {value} auf, nicht auf die eingegebene öffentliche Adresse ({expect}).</translation>
    </message>
    <message>
      <source>Correct the DNS record, or the SBC public IP on the site page.</source>
      <translation>Den DNS-Eintrag korrigieren, oder die öffentliche SBC-IP auf der Standortseite.</translation>
    </message>
    <message>
      <source>'{url}' is not an HTTP proxy address</source>
      <translation>'{url}' ist keine HTTP-Proxy-Adresse</translation>
    </message>
    <message>
      <source>write it as http://host:port</source>
      <translation>schreiben Sie sie als http://host:port</translation>
    </message>
    <message>
      <source>the proxy URL contains credentials</source>
      <translation>die Proxy-URL enthält Zugangsdaten</translation>
    </message>
    <message>
      <source>pass the user with --user and the password through --password-env, so it never lands in a log or the project</source>
      <translation>übergeben Sie den Benutzer mit --user und das Passwort über --password-env, damit es nie in einem Protokoll oder im Projekt landet</translation>
    </message>
    <message>
      <source>The certificate for {host} is issued by {issuer}, which this laptop does not trust: the traffic is being inspected (TLS interception).</source>
      <translation>Das Zertifikat für {host} stammt von {issuer}, dem dieser Laptop nicht vertraut: Der Verkehr wird inspiziert (TLS-Interception).</translation>
    </message>
    <message>
      <source>If {issuer} is the customer's inspection CA, trust it explicitly (the step's 'Inspection CA to trust', or --trust-ca); the choice is recorded. Otherwise ask for {host} to be excluded from inspection.</source>
      <translation>Ist {issuer} die Inspektions-CA des Kunden, vertrauen Sie ihr ausdrücklich („Zu vertrauende Inspektions-CA“ des Schritts oder --trust-ca); die Wahl wird protokolliert. Sonst bitten Sie darum, {host} von der Inspektion auszunehmen.</translation>
    </message>
    <message>
      <source>'{url}' has an invalid port</source>
      <translation>'{url}' hat einen ungültigen Port</translation>
    </message>
    <message>
      <source>The server sent no certificate.</source>
      <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
      <source>This is not a normal cloud endpoint; check the target.</source>
      <translation>Das ist kein gewöhnlicher Cloud-Endpunkt; prüfen Sie das Ziel.</translation>
    </message>
    <message>
      <source>The proxy refused the credentials of user {user}.</source>
      <translation>Der Proxy hat die Anmeldedaten von Benutzer {user} abgelehnt.</translation>
    </message>
    <message>
      <source>Check the user and password with the customer's network team.</source>
      <translation>Benutzer und Passwort mit dem Netzwerkteam des Kunden prüfen.</translation>
    </message>
    <message>
      <source>The proxy refused to connect to {host}:{port}: {status} {reason}.</source>
      <translation>Der Proxy hat die Verbindung zu {host}:{port} verweigert: {status} {reason}.</translation>
    </message>
    <message>
      <source>Ask the network team to allow CONNECT to {host} on port {port}.</source>
      <translation>Das Netzwerkteam bitten, CONNECT zu {host} auf Port {port} zu erlauben.</translation>
    </message>
    <message>
      <source>The proxy {proxy_host}:{proxy_port} cannot be reached: {message}</source>
      <translation>Der Proxy {proxy_host}:{proxy_port} ist nicht erreichbar: {message}</translation>
    </message>
    <message>
      <source>Check the proxy address and port with the customer's network team.</source>
      <translation>Proxy-Adresse und Port mit dem Netzwerkteam des Kunden prüfen.</translation>
    </message>
    <message>
      <source>The proxy closed the connection without answering the CONNECT request.</source>
      <translation>Der Proxy hat die Verbindung geschlossen, ohne auf die CONNECT-Anfrage zu antworten.</translation>
    </message>
    <message>
      <source>Check the proxy's logs; it may not allow CONNECT at all.</source>
      <translation>Die Protokolle des Proxys prüfen; womöglich erlaubt er CONNECT gar nicht.</translation>
    </message>
    <message>
      <source>The proxy accepted the connection but did not answer within {timeout} s.</source>
      <translation>Der Proxy hat die Verbindung angenommen, aber nicht innerhalb von {timeout} s geantwortet.</translation>
    </message>
    <message>
      <source>Check that this is an HTTP proxy port, not e.g. a SOCKS or PAC port.</source>
      <translation>Prüfen, dass dies ein HTTP-Proxy-Port ist und nicht etwa ein SOCKS- oder PAC-Port.</translation>
    </message>
    <message>
      <source>The proxy's answer is not HTTP ({exc}).</source>
      <translation>Die Antwort des Proxys ist kein HTTP ({exc}).</translation>
    </message>
    <message>
      <source>Check the proxy port: it should be the HTTP proxy's.</source>
      <translation>Den Proxy-Port prüfen: Es muss der des HTTP-Proxys sein.</translation>
    </message>
    <message>
      <source>The proxy needs authentication ({scheme}).</source>
      <translation>Der Proxy verlangt eine Anmeldung ({scheme}).</translation>
    </message>
    <message>
      <source>Enter the proxy user and password (the password goes to the keyring).</source>
      <translation>Proxy-Benutzer und Passwort eingeben (das Passwort kommt in den Schlüsselbund).</translation>
    </message>
    <message>
      <source>The SBC rejected the registration: {status} {reason}.</source>
      <translation>Der SBC hat die Registrierung abgelehnt: {status} {reason}.</translation>
    </message>
    <message>
      <source>Check the remote subscriber configuration on the SBC (guide §9.4.1) and the subscriber on the OS4K.</source>
      <translation>Die Remote-Subscriber-Konfiguration des SBC (Leitfaden §9.4.1) und den Teilnehmer auf der OS4K prüfen.</translation>
    </message>
    <message>
      <source>The SBC accepted the registration but did not say for how long.</source>
      <translation>Der SBC hat die Registrierung angenommen, aber nicht gesagt, für wie lange.</translation>
    </message>
    <message>
      <source>Check Maximum registration expiry time in the SBC's remote subscriber settings (guide §9.4.1.1).</source>
      <translation>Maximum registration expiry time in den Remote-Subscriber-Einstellungen des SBC prüfen (Leitfaden §9.4.1.1).</translation>
    </message>
    <message>
      <source>The SBC answers plain SIP over {transport} on {host} port {port} ({answer}): the access side should carry SIP over TLS only.</source>
      <translation>Der SBC antwortet auf reines SIP über {transport} auf {host} Port {port} ({answer}): Die Access-Seite sollte nur SIP über TLS tragen.</translation>
    </message>
    <message>
      <source>Unless something else needs it, set SIP-{transport} of the access realm to 0 ({portal} &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Access and Admin realm configuration; guide §9.1), Apply Changes, and run this probe again.</source>
      <translation>Sofern nichts anderes es braucht, SIP-{transport} des Access-Realms auf 0 setzen ({portal} &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Access and Admin realm configuration; Leitfaden §9.1), Apply Changes, und diese Prüfung erneut ausführen.</translation>
    </message>
    <message>
      <source>The SBC refused the credentials of {user} ({status} {reason}).</source>
      <translation>Der SBC hat die Anmeldedaten von {user} abgelehnt ({status} {reason}).</translation>
    </message>
    <message>
      <source>Check the authorization name, the digest password (OS4K IPPASSW) and the domain.</source>
      <translation>Autorisierungsnamen, Digest-Passwort (OS4K IPPASSW) und Domäne prüfen.</translation>
    </message>
    <message>
      <source>The SBC answered OPTIONS with {status} {reason}.</source>
      <translation>Der SBC hat OPTIONS mit {status} {reason} beantwortet.</translation>
    </message>
    <message>
      <source>Not fatal for registration, but Zoom clients use OPTIONS as keep-alive.</source>
      <translation>Für die Registrierung nicht schlimm, aber Zoom-Clients nutzen OPTIONS als Keep-alive.</translation>
    </message>
    <message>
      <source>The SBC granted {granted} s where Zoom clients ask for {wanted} s: Zoom mobile clients will be rejected.</source>
      <translation>Der SBC hat {granted} s gewährt, wo Zoom-Clients {wanted} s verlangen: Zoom-Mobil-Clients werden abgewiesen.</translation>
    </message>
    <message>
      <source>Set Features &gt; Enable Remote Subscribers &gt; Configure &gt; Maximum registration expiry time to {wanted} (guide §9.4.1.1).</source>
      <translation>Features &gt; Enable Remote Subscribers &gt; Configure &gt; Maximum registration expiry time auf {wanted} setzen (Leitfaden §9.4.1.1).</translation>
    </message>
    <message>
      <source>The test registration could not be removed ({status} {reason}).</source>
      <translation>Die Testregistrierung konnte nicht entfernt werden ({status} {reason}).</translation>
    </message>
    <message>
      <source>It expires by itself; remove it on the SBC if it disturbs.</source>
      <translation>Sie läuft von selbst ab; entfernen Sie sie auf dem SBC, falls sie stört.</translation>
    </message>
    <message>
      <source>The SBC did not answer the SIP request within {timeout} s.</source>
      <translation>Der SBC hat nicht innerhalb von {timeout} s auf die SIP-Anfrage geantwortet.</translation>
    </message>
    <message>
      <source>Check that SIP-TLS on the access realm is enabled on this port (guide §9.1).</source>
      <translation>Prüfen, dass SIP-TLS im Access-Realm auf diesem Port eingeschaltet ist (Leitfaden §9.1).</translation>
    </message>
    <message>
      <source>The SBC closed the connection instead of answering ({error}).</source>
      <translation>Der SBC hat die Verbindung geschlossen, statt zu antworten ({error}).</translation>
    </message>
    <message>
      <source>Look at the SBC's SIP log for the reason (e.g. a blocked user agent or address).</source>
      <translation>Im SIP-Protokoll des SBC nach dem Grund sehen (z. B. ein gesperrter User Agent oder eine gesperrte Adresse).</translation>
    </message>
    <message>
      <source>The peer answered something that is not SIP ({exc}).</source>
      <translation>Die Gegenstelle hat etwas geantwortet, das kein SIP ist ({exc}).</translation>
    </message>
    <message>
      <source>Check that the port is the SBC's SIP-TLS port.</source>
      <translation>Prüfen, dass der Port der SIP-TLS-Port des SBC ist.</translation>
    </message>
    <message>
      <source>The SBC's authentication challenge cannot be answered ({exc}).</source>
      <translation>Die Authentifizierungs-Challenge des SBC lässt sich nicht beantworten ({exc}).</translation>
    </message>
    <message>
      <source>Use digest MD5 or SHA-256 for remote subscribers.</source>
      <translation>Für Remote Subscribers Digest MD5 oder SHA-256 verwenden.</translation>
    </message>
    <message>
      <source>The SBC refuses TLS 1.2, which Zoom clients use.</source>
      <translation>Der SBC lehnt TLS 1.2 ab, das Zoom-Clients nutzen.</translation>
    </message>
    <message>
      <source>Allow TLS 1.2 in the SBC's certificate profile (guide §9.3).</source>
      <translation>TLS 1.2 im Zertifikatsprofil des SBC erlauben (Leitfaden §9.3).</translation>
    </message>
    <message>
      <source>SIP-TLS is served on the default port 5061.</source>
      <translation>SIP-TLS wird auf dem Standardport 5061 angeboten.</translation>
    </message>
    <message>
      <source>Guide §9.1 advises a custom port (e.g. 65061) on the access side.</source>
      <translation>Leitfaden §9.1 empfiehlt auf der Access-Seite einen eigenen Port (z. B. 65061).</translation>
    </message>
    <message>
      <source>{where} did not answer the connection attempt within {timeout} s.</source>
      <translation>{where} hat nicht innerhalb von {timeout} s auf den Verbindungsversuch geantwortet.</translation>
    </message>
    <message>
      <source>A firewall probably drops the traffic: check the rule for this port.</source>
      <translation>Vermutlich verwirft eine Firewall den Verkehr: Die Regel für diesen Port prüfen.</translation>
    </message>
    <message>
      <source>Nothing accepts connections on {where}.</source>
      <translation>Auf {where} nimmt nichts Verbindungen an.</translation>
    </message>
    <message>
      <source>Check the port, and that the service listens on that interface.</source>
      <translation>Den Port prüfen, und dass der Dienst auf dieser Schnittstelle lauscht.</translation>
    </message>
    <message>
      <source>{host} cannot be resolved ({strerror}).</source>
      <translation>{host} lässt sich nicht auflösen ({strerror}).</translation>
    </message>
    <message>
      <source>Check the name, or the laptop's DNS settings.</source>
      <translation>Den Namen prüfen oder die DNS-Einstellungen des Laptops.</translation>
    </message>
    <message>
      <source>this laptop has no route to {host}</source>
      <translation>dieser Laptop hat keine Route zu {host}</translation>
    </message>
    <message>
      <source>connect it to a network that reaches the target, then run the probe again</source>
      <translation>verbinden Sie ihn mit einem Netzwerk, das das Ziel erreicht, und führen Sie die Messung erneut aus</translation>
    </message>
    <message>
      <source>{where} cannot be reached ({value}).</source>
      <translation>{where} ist nicht erreichbar ({value}).</translation>
    </message>
    <message>
      <source>Check routing and firewalls between this laptop and the target.</source>
      <translation>Routing und Firewalls zwischen diesem Laptop und dem Ziel prüfen.</translation>
    </message>
    <message>
      <source>{where} accepts TCP but did not complete a TLS handshake within {timeout} s.</source>
      <translation>{where} nimmt TCP an, hat aber nicht innerhalb von {timeout} s einen TLS-Handshake abgeschlossen.</translation>
    </message>
    <message>
      <source>The port is open but no TLS service answers: check the SBC's SIP-TLS port and certificate profile.</source>
      <translation>Der Port ist offen, aber kein TLS-Dienst antwortet: SIP-TLS-Port und Zertifikatsprofil des SBC prüfen.</translation>
    </message>
    <message>
      <source>{where} closed the connection during the TLS handshake.</source>
      <translation>{where} hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
      <source>The server refused this client's TLS offer, or a firewall cut it; check the SBC's TLS settings and logs.</source>
      <translation>Der Server hat das TLS-Angebot dieses Clients abgelehnt, oder eine Firewall hat getrennt; TLS-Einstellungen und Protokolle des SBC prüfen.</translation>
    </message>
    <message>
      <source>The TLS handshake with {where} failed ({reason}).</source>
      <translation>Der TLS-Handshake mit {where} ist fehlgeschlagen ({reason}).</translation>
    </message>
    <message>
      <source>The port answers, but not with TLS (plain SIP or HTTP?): check the port number.</source>
      <translation>Der Port antwortet, aber nicht mit TLS (reines SIP oder HTTP?): Portnummer prüfen.</translation>
    </message>
    <message>
      <source>Check the SBC's certificate profile and minimum TLS version.</source>
      <translation>Zertifikatsprofil und minimale TLS-Version des SBC prüfen.</translation>
    </message>
    <message>
      <source>The SBC accepts {name}.</source>
      <translation>Der SBC nimmt {name} an.</translation>
    </message>
    <message>
      <source>Set the certificate profile's Minimum TLS version to TLS V1.2 (guide §9.3).</source>
      <translation>Im Zertifikatsprofil Minimum TLS version auf TLS V1.2 setzen (Leitfaden §9.3).</translation>
    </message>
    <message>
      <source>{problem}</source>
      <translation>{problem}</translation>
    </message>
    <message>
      <source>Install a certificate a TLS client can read; the SBC's one is damaged or of an unknown kind.</source>
      <translation>Installieren Sie ein Zertifikat, das ein TLS-Client lesen kann; das des SBC ist beschädigt oder von unbekannter Art.</translation>
    </message>
    <message>
      <source>{name} is in offline checklist mode: reading the people needs the live systems, and no file of the OS4K's subscribers was given</source>
      <translation>{name} ist im Offline-Checklistenmodus: das Lesen der Personen braucht die Live-Systeme, und es wurde keine Datei mit den Teilnehmern der OS4K angegeben</translation>
    </message>
    <message>
      <source>give --subscribers FILE (REG- output or a Station/Email CSV) and --zoom-csv FILE to work offline, or switch the project to live mode (in the window: Ctrl+Shift+O)</source>
      <translation>geben Sie --subscribers DATEI (REG--Ausgabe oder eine Station/Email-CSV) und --zoom-csv DATEI an, um offline zu arbeiten, oder schalten Sie das Projekt in den Live-Modus (im Fenster: Strg+Umschalt+O)</translation>
    </message>
    <message>
      <source>'{wave}' is not a wave planned in this project</source>
      <translation>'{wave}' ist keine in diesem Projekt geplante Welle</translation>
    </message>
    <message>
      <source>wave {wave} is {state}</source>
      <translation>Welle {wave} ist {state}</translation>
    </message>
    <message>
      <source>plan one with --plan, review what it changes, then --execute it (planned: {planned})</source>
      <translation>planen Sie eine mit --plan, prüfen Sie, was sie ändert, und führen Sie sie dann mit --execute aus (geplant: {planned})</translation>
    </message>
    <message>
      <source>plan one with --plan, review what it changes, then --execute it</source>
      <translation>planen Sie eine mit --plan, prüfen Sie, was sie ändert, und führen Sie sie dann mit --execute aus</translation>
    </message>
    <message>
      <source>--assign '{choice}' is not EMAIL=STATION</source>
      <translation>--assign '{choice}' ist nicht EMAIL=STATION</translation>
    </message>
    <message>
      <source>e.g. --assign anna@example.com=3105</source>
      <translation>z. B. --assign anna@example.com=3105</translation>
    </message>
    <message>
      <source>nobody is ready for a wave</source>
      <translation>niemand ist bereit für eine Welle</translation>
    </message>
    <message>
      <source>see `--rows` for what each person still needs</source>
      <translation>siehe `--rows` dafür, was jede Person noch braucht</translation>
    </message>
    <message>
      <source>'{text}' is not a round number</source>
      <translation>'{text}' ist keine Rundennummer</translation>
    </message>
    <message>
      <source>give the round's number, e.g. 1 (see --rounds WAVE)</source>
      <translation>geben Sie die Nummer der Runde an, z. B. 1 (siehe --rounds WAVE)</translation>
    </message>
    <message>
      <source>the project has no wave to read back</source>
      <translation>das Projekt hat keine Welle zum Zurücklesen</translation>
    </message>
    <message>
      <source>run one first with --execute</source>
      <translation>führen Sie zuerst eine mit --execute aus</translation>
    </message>
    <message>
      <source>cannot read {path} ({reason})</source>
      <translation>{path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>check the path</source>
      <translation>prüfen Sie den Pfad</translation>
    </message>
    <message>
      <source>running, verifying or undoing a wave</source>
      <translation>eine Welle auszuführen, zu prüfen oder zurückzunehmen</translation>
    </message>
    <message>
      <source>{problem}; what is read back is shown, not kept in the project</source>
      <translation>{problem}; was zurückgelesen wird, wird gezeigt, aber nicht im Projekt gespeichert</translation>
    </message>
    <message>
      <source>to keep it for the report, run --verify again where the project can be written</source>
      <translation>um es für den Bericht zu behalten, führen Sie --verify dort erneut aus, wo das Projekt geschrieben werden kann</translation>
    </message>
    <message numerus="yes">
      <source>{count} round(s) of at most 50</source>
      <translation>
        <numerusform>{count} Runde zu höchstens 50</numerusform>
        <numerusform>{count} Runden zu höchstens 50</numerusform>
      </translation>
    </message>
    <message>
      <source>round {number} has nobody to add now: everyone in it is in the Integrated users list already</source>
      <translation>Runde {number} hat jetzt niemanden hinzuzufügen: Alle darin stehen schon in der Liste Integrated users</translation>
    </message>
    <message numerus="yes">
      <source>round {number} has nobody to add now: {count} of its people have not activated their Zoom account yet</source>
      <translation>
        <numerusform>Runde {number} hat jetzt niemanden hinzuzufügen: {count} ihrer Personen hat ihr Zoom-Konto noch nicht aktiviert</numerusform>
        <numerusform>Runde {number} hat jetzt niemanden hinzuzufügen: {count} ihrer Personen haben ihr Zoom-Konto noch nicht aktiviert</numerusform>
      </translation>
    </message>
    <message>
      <source>resume the wave to see where it stands</source>
      <translation>setzen Sie die Welle fort, um zu sehen, wo sie steht</translation>
    </message>
    <message>
      <source>wave {wave_id} has no portal round {number}</source>
      <translation>Welle {wave_id} hat keine Portalrunde {number}</translation>
    </message>
    <message>
      <source>its rounds are {rounds}</source>
      <translation>ihre Runden sind {rounds}</translation>
    </message>
    <message>
      <source>no portal round of wave {wave_id} has anybody to add now</source>
      <translation>keine Portalrunde der Welle {wave_id} hat jetzt jemanden hinzuzufügen</translation>
    </message>
    <message>
      <source>{people} are not in the Assistant stage of wave {wave_id}</source>
      <translation>{people} sind nicht in der Assistant-Stufe der Welle {wave_id}</translation>
    </message>
    <message>
      <source>save the file the wave makes for the people ready now</source>
      <translation>speichern Sie die Datei, die die Welle für die jetzt bereiten Personen erstellt</translation>
    </message>
    <message>
      <source>nobody of this wave is ready for the Assistant yet</source>
      <translation>niemand aus dieser Welle ist schon bereit für den Assistant</translation>
    </message>
    <message>
      <source>the portal rounds and the AMOs come first: resume the wave to see who waits for what</source>
      <translation>die Portalrunden und die AMOs kommen zuerst: setzen Sie die Welle fort, um zu sehen, wer worauf wartet</translation>
    </message>
    <message>
      <source>imported another way and updated in the Assistant (the engineer's word)</source>
      <translation>auf anderem Weg importiert und im Assistant aktualisiert (Angabe des Technikers)</translation>
    </message>
    <message>
      <source>imported and updated in the Assistant (the engineer's word)</source>
      <translation>im Assistant importiert und aktualisiert (Angabe des Technikers)</translation>
    </message>
    <message numerus="yes">
      <source>no Assistant import file was saved in this wave for the {count} people ready</source>
      <translation>
        <numerusform>in dieser Welle wurde für die {count} bereite Person keine Assistant-Importdatei gespeichert</numerusform>
        <numerusform>in dieser Welle wurde für die {count} bereiten Personen keine Assistant-Importdatei gespeichert</numerusform>
      </translation>
    </message>
    <message>
      <source>save the wave's Assistant file, import it (Zoom PSI &gt; Data Operation &gt; Import CSV) and run Update all, then confirm; if they were imported another way, say how</source>
      <translation>speichern Sie die Assistant-Datei der Welle, importieren Sie sie (Zoom PSI &gt; Data Operation &gt; Import CSV) und führen Sie Update all aus, dann bestätigen; wurden die Personen auf anderem Weg importiert, geben Sie an, wie</translation>
    </message>
    <message>
      <source>{email} has a Zoom user in another Zoom account, so it cannot become active in this one: add the person in the Zoom portal (User Management &gt; Users &gt; Add users), which asks them to join this account, or ask the other account's admin to remove the user, or plan the person with another email; then resume</source>
      <translation>{email} hat einen Zoom-Benutzer in einem anderen Zoom-Konto und kann daher in diesem nicht aktiv werden: Fügen Sie die Person im Zoom-Portal hinzu (User Management &gt; Users &gt; Add users), wodurch sie gebeten wird, diesem Konto beizutreten, bitten Sie den Administrator des anderen Kontos, den Benutzer zu entfernen, oder planen Sie die Person mit einer anderen E-Mail-Adresse; setzen Sie dann fort</translation>
    </message>
    <message>
      <source>not invited: see the invitation's problem</source>
      <translation>nicht eingeladen: siehe das Problem der Einladung</translation>
    </message>
    <message>
      <source>{email}'s Zoom invitation expired before it was accepted: resume, and the wave removes it and invites the person again (once)</source>
      <translation>Die Zoom-Einladung von {email} ist abgelaufen, bevor sie angenommen wurde: Setzen Sie fort, dann entfernt die Welle sie und lädt die Person erneut ein (einmal)</translation>
    </message>
    <message>
      <source>{email}'s Zoom invitation expired before it was accepted, and the wave does not send it again: remove the pending user in the Zoom portal (User Management &gt; Users &gt; Pending), invite the person there and ask them to accept, then resume</source>
      <translation>Die Zoom-Einladung von {email} ist abgelaufen, bevor sie angenommen wurde, und die Welle sendet sie nicht erneut: Entfernen Sie den ausstehenden Benutzer im Zoom-Portal (User Management &gt; Users &gt; Pending), laden Sie die Person dort ein und bitten Sie sie, die Einladung anzunehmen; setzen Sie dann fort</translation>
    </message>
    <message numerus="yes">
      <source>{count} people imported into the Assistant another way, in the engineer's words: {note}</source>
      <translation>
        <numerusform>{count} Person auf anderem Weg in den Assistant importiert, in den Worten des Technikers: {note}</numerusform>
        <numerusform>{count} Personen auf anderem Weg in den Assistant importiert, in den Worten des Technikers: {note}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Assistant: import the file for {count} people, run Update all, then confirm</source>
      <translation>
        <numerusform>Assistant: die Datei für {count} Person importieren, Update all ausführen, dann bestätigen</numerusform>
        <numerusform>Assistant: die Datei für {count} Personen importieren, Update all ausführen, dann bestätigen</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people wait for CloudLink to hand Zoom their SIP credentials: check the Assistant's Update / Data synchronisation, then resume</source>
      <translation>
        <numerusform>{count} Person wartet darauf, dass CloudLink Zoom ihre SIP-Zugangsdaten übergibt: Prüfen Sie Update / Data synchronisation im Assistant und setzen Sie dann fort</numerusform>
        <numerusform>{count} Personen warten darauf, dass CloudLink Zoom ihre SIP-Zugangsdaten übergibt: Prüfen Sie Update / Data synchronisation im Assistant und setzen Sie dann fort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} change(s) failed: each person's row says the fix; resume once fixed</source>
      <translation>
        <numerusform>{count} Änderung fehlgeschlagen: Die Zeile jeder Person nennt die Abhilfe; setzen Sie nach der Behebung fort</numerusform>
        <numerusform>{count} Änderungen fehlgeschlagen: Die Zeile jeder Person nennt die Abhilfe; setzen Sie nach der Behebung fort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people have not activated their Zoom account ({people}): ask them, then resume</source>
      <translation>
        <numerusform>{count} Person hat ihr Zoom-Konto nicht aktiviert ({people}): Bitten Sie sie darum und setzen Sie dann fort</numerusform>
        <numerusform>{count} Personen haben ihr Zoom-Konto nicht aktiviert ({people}): Bitten Sie sie darum und setzen Sie dann fort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people's Zoom invitations expired ({people}): resume, and the wave invites them again, once each</source>
      <translation>
        <numerusform>Die Zoom-Einladung von {count} Person ist abgelaufen ({people}): Setzen Sie fort, dann lädt die Welle sie einmal erneut ein</numerusform>
        <numerusform>Die Zoom-Einladungen von {count} Personen sind abgelaufen ({people}): Setzen Sie fort, dann lädt die Welle sie erneut ein, jede einmal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people's Zoom invitations expired and are not the wave's to send again ({people}): invite them in the Zoom portal (User Management &gt; Users &gt; Pending), then resume</source>
      <translation>
        <numerusform>Die Zoom-Einladung von {count} Person ist abgelaufen, und die Welle sendet sie nicht erneut ({people}): Laden Sie die Person im Zoom-Portal ein (User Management &gt; Users &gt; Pending) und setzen Sie dann fort</numerusform>
        <numerusform>Die Zoom-Einladungen von {count} Personen sind abgelaufen, und die Welle sendet sie nicht erneut ({people}): Laden Sie die Personen im Zoom-Portal ein (User Management &gt; Users &gt; Pending) und setzen Sie dann fort</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people have a Zoom user in another Zoom account ({people}): each row says how to bring them into this one; resume once done</source>
      <translation>
        <numerusform>{count} Person hat einen Zoom-Benutzer in einem anderen Zoom-Konto ({people}): Ihre Zeile sagt, wie sie in dieses Konto kommt; setzen Sie danach fort</numerusform>
        <numerusform>{count} Personen haben einen Zoom-Benutzer in einem anderen Zoom-Konto ({people}): Die Zeile jeder Person sagt, wie sie in dieses Konto kommt; setzen Sie danach fort</numerusform>
      </translation>
    </message>
    <message>
      <source>in the Assistant import file saved for this wave</source>
      <translation>in der für diese Welle gespeicherten Assistant-Importdatei</translation>
    </message>
    <message numerus="yes">
      <source>portal round {number}: tick {count} people in Integrated users &gt; Add users, then confirm the round</source>
      <translation>
        <numerusform>Portalrunde {number}: {count} Person in Integrated users &gt; Add users ankreuzen, dann die Runde bestätigen</numerusform>
        <numerusform>Portalrunde {number}: {count} Personen in Integrated users &gt; Add users ankreuzen, dann die Runde bestätigen</numerusform>
      </translation>
    </message>
    <message>
      <source>Plan SHA-256 (as in the project's audit log):</source>
      <translation>SHA-256 des Plans (wie im Prüfprotokoll des Projekts):</translation>
    </message>
    <message>
      <source>Every change, in the guide's order</source>
      <translation>Alle Änderungen, in der Reihenfolge des Leitfadens</translation>
    </message>
    <message>
      <source>Zoom users (§7.1.1, §7.1.2)</source>
      <translation>Zoom-Benutzer (§7.1.1, §7.1.2)</translation>
    </message>
    <message>
      <source>Integrated users, added in the Zoom portal (§7.1.3.2)</source>
      <translation>Integrated users, im Zoom-Portal hinzugefügt (§7.1.3.2)</translation>
    </message>
    <message>
      <source>OS4K AMOs (§7.2)</source>
      <translation>OS4K-AMOs (§7.2)</translation>
    </message>
    <message>
      <source>Assistant user data and Update all (§7.2.1)</source>
      <translation>Benutzerdaten im Assistant und Update all (§7.2.1)</translation>
    </message>
    <message>
      <source>Read back and verified (§7.2.1, §8.2)</source>
      <translation>Zurückgelesen und geprüft (§7.2.1, §8.2)</translation>
    </message>
    <message>
      <source>Planned {when} by {engineer}.</source>
      <translation>Geplant am {when} von {engineer}.</translation>
    </message>
    <message>
      <source>invite {email} ({name}) to Zoom as a basic user</source>
      <translation>{email} ({name}) als Basic-Benutzer zu Zoom einladen</translation>
    </message>
    <message>
      <source>invite {email} ({name}) to Zoom as a licensed user</source>
      <translation>{email} ({name}) als lizenzierten Benutzer zu Zoom einladen</translation>
    </message>
    <message>
      <source>{stage}, by engineer, round {number}</source>
      <translation>{stage}, vom Techniker, Runde {number}</translation>
    </message>
    <message>
      <source>wait for {email} to activate the Zoom account</source>
      <translation>warten, bis {email} das Zoom-Konto aktiviert</translation>
    </message>
    <message>
      <source>{stage}, by engineer</source>
      <translation>{stage}, vom Techniker</translation>
    </message>
    <message>
      <source>{stage}, by wizard</source>
      <translation>{stage}, vom Wizard</translation>
    </message>
    <message>
      <source>cannot export a plan as {name}</source>
      <translation>ein Plan kann nicht als {name} exportiert werden</translation>
    </message>
    <message>
      <source>name the file .pdf or .csv</source>
      <translation>nennen Sie die Datei .pdf oder .csv</translation>
    </message>
    <message>
      <source>round {number}: tick {email} ({name}) in Add users</source>
      <translation>Runde {number}: {email} ({name}) in Add users ankreuzen</translation>
    </message>
    <message>
      <source>Assistant: user {email} for station {stno}, then Update</source>
      <translation>Assistant: Benutzer {email} für Station {stno}, dann Update</translation>
    </message>
    <message>
      <source>Stage, done by, round; person · station</source>
      <translation>Stufe, ausgeführt von, Runde; Person · Station</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <source>Change plan: provisioning wave {wave}</source>
      <translation>Änderungsplan: Provisionierungswelle {wave}</translation>
    </message>
    <message>
      <source>What the plan holds</source>
      <translation>Was der Plan enthält</translation>
    </message>
    <message>
      <source>What is still to do</source>
      <translation>Was noch zu tun ist</translation>
    </message>
    <message>
      <source>read back {email}: Zoom user, SIP credentials of station {stno}, REG- of {stno}</source>
      <translation>{email} zurücklesen: Zoom-Benutzer, SIP-Zugangsdaten der Station {stno}, REG- von {stno}</translation>
    </message>
    <message>
      <source>Change plan {wave}</source>
      <translation>Änderungsplan {wave}</translation>
    </message>
    <message>
      <source>wave {wave} · plan sha256 {digest}…</source>
      <translation>Welle {wave} · SHA-256 des Plans {digest}…</translation>
    </message>
    <message>
      <source>Page {page} of {total}</source>
      <translation>Seite {page} von {total}</translation>
    </message>
    <message>
      <source>after the AMOs</source>
      <translation>nach den AMOs</translation>
    </message>
    <message>
      <source>after round {number} in the portal</source>
      <translation>nach Runde {number} im Portal</translation>
    </message>
    <message>
      <source>after the refused AMO is fixed</source>
      <translation>nachdem das abgewiesene AMO behoben ist</translation>
    </message>
    <message>
      <source>verified: active in Zoom, SIP credentials of station {stno}, REG- as §7.2 asks</source>
      <translation>geprüft: aktiv in Zoom, SIP-Zugangsdaten der Station {stno}, REG- wie §7.2 es verlangt</translation>
    </message>
    <message>
      <source>the wave still has Zoom work but no Zoom connection</source>
      <translation>die Welle hat noch Zoom-Arbeit, aber keine Zoom-Verbindung</translation>
    </message>
    <message>
      <source>set up and test the Zoom connection on the Site page</source>
      <translation>richten Sie die Zoom-Verbindung auf der Seite Standort ein und testen Sie sie</translation>
    </message>
    <message>
      <source>the wave still has OS4K work but no OS4K connection</source>
      <translation>die Welle hat noch OS4K-Arbeit, aber keine OS4K-Verbindung</translation>
    </message>
    <message>
      <source>set up the OS4K connection on the Site page (AMOs can also be sent by paste in the AMO panel, but the read-back needs the session)</source>
      <translation>richten Sie die OS4K-Verbindung auf der Seite Standort ein (AMOs lassen sich auch per Einfügen im AMO-Bereich senden, aber das Zurücklesen braucht die Sitzung)</translation>
    </message>
    <message>
      <source>invited again after the invitation expired</source>
      <translation>erneut eingeladen, nachdem die Einladung abgelaufen war</translation>
    </message>
    <message>
      <source>invited before the answer was lost</source>
      <translation>eingeladen, bevor die Antwort verloren ging</translation>
    </message>
    <message>
      <source>invited; the person activates the account (§7.1.2)</source>
      <translation>eingeladen; die Person aktiviert das Konto (§7.1.2)</translation>
    </message>
    <message>
      <source>{email} never accepted Zoom's invitation and it has expired: remove the pending user in the Zoom portal (User Management &gt; Users &gt; Pending) or let the wave's undo do it, then invite the person again</source>
      <translation>{email} hat die Einladung von Zoom nie angenommen, und sie ist abgelaufen: Entfernen Sie den ausstehenden Benutzer im Zoom-Portal (User Management &gt; Users &gt; Pending) oder lassen Sie das die Rücknahme der Welle tun, und laden Sie die Person dann erneut ein</translation>
    </message>
    <message>
      <source>{email} has not activated the Zoom account yet (§7.1.2): ask the person to open the invitation from no-reply@zoom.us (and the junk folder), then resume</source>
      <translation>{email} hat das Zoom-Konto noch nicht aktiviert (§7.1.2): Bitten Sie die Person, die Einladung von no-reply@zoom.us zu öffnen (auch im Junk-Ordner nachsehen), und setzen Sie dann fort</translation>
    </message>
    <message>
      <source>ready for the Assistant: import the wave's file (Zoom PSI &gt; Data Operation &gt; Import CSV), then Data operations &gt; User data &gt; Update all, and confirm here</source>
      <translation>bereit für den Assistant: die Datei der Welle importieren (Zoom PSI &gt; Data Operation &gt; Import CSV), dann Data operations &gt; User data &gt; Update all, und hier bestätigen</translation>
    </message>
    <message>
      <source>after the Assistant's Update (§7.2.1)</source>
      <translation>nach dem Update im Assistant (§7.2.1)</translation>
    </message>
    <message>
      <source>the user was already in the account</source>
      <translation>der Benutzer war schon im Konto</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>offered: the invitation expired</source>
      <translation>angeboten: die Einladung ist abgelaufen</translation>
    </message>
    <message>
      <source>round {number}: the Zoom user is not active yet, so it could not be added; tick it once active and confirm the round again</source>
      <translation>Runde {number}: Der Zoom-Benutzer ist noch nicht aktiv und konnte daher nicht hinzugefügt werden; kreuzen Sie ihn an, sobald er aktiv ist, und bestätigen Sie die Runde erneut</translation>
    </message>
    <message>
      <source>round {number}: tick in the portal's Add users, then confirm the round</source>
      <translation>Runde {number}: im Add users des Portals ankreuzen, dann die Runde bestätigen</translation>
    </message>
    <message>
      <source>round {number}, once the Zoom user is active</source>
      <translation>Runde {number}, sobald der Zoom-Benutzer aktiv ist</translation>
    </message>
    <message>
      <source>in the Integrated users list (round {number})</source>
      <translation>in der Liste Integrated users (Runde {number})</translation>
    </message>
    <message>
      <source>not in the Integrated users list after round {number}: tick {email} in Add users (the email must be the Zoom user's), then confirm the round again</source>
      <translation>nach Runde {number} nicht in der Liste Integrated users: {email} in Add users ankreuzen (die E-Mail muss die des Zoom-Benutzers sein), dann die Runde erneut bestätigen</translation>
    </message>
    <message>
      <source>not among the people read: {unknown}</source>
      <translation>nicht unter den gelesenen Personen: {unknown}</translation>
    </message>
    <message>
      <source>check the spelling, or read the systems again</source>
      <translation>prüfen Sie die Schreibweise oder lesen Sie die Systeme erneut</translation>
    </message>
    <message>
      <source>the OS4K subscribers are not known</source>
      <translation>die OS4K-Teilnehmer sind nicht bekannt</translation>
    </message>
    <message>
      <source>set up the OS4K connection, or give REG-SBCSU/REG-PERSI output or a CSV of stations and emails</source>
      <translation>richten Sie die OS4K-Verbindung ein oder geben Sie REG-SBCSU/REG-PERSI-Ausgabe oder eine CSV mit Rufnummern und E-Mails an</translation>
    </message>
    <message>
      <source>{source} holds no subscriber with an email</source>
      <translation>{source} enthält keinen Teilnehmer mit E-Mail-Adresse</translation>
    </message>
    <message>
      <source>use REG-SBCSU and REG-PERSI output, or a CSV with Station and Email columns</source>
      <translation>verwenden Sie REG-SBCSU- und REG-PERSI-Ausgabe oder eine CSV mit den Spalten Station und Email</translation>
    </message>
    <message>
      <source>Stations {stations} ({total}): had no email before the wave; CHANGE-PERSI:EMAIL with an empty email ("") clears it, a form no public AMO description confirms. Confirm it on a test station first.</source>
      <translation>Stationen {stations} ({total}): hatten vor der Welle keine E-Mail; CHANGE-PERSI:EMAIL mit leerer E-Mail ("") leert sie, eine Form, die keine öffentliche AMO-Beschreibung bestätigt. Prüfen Sie sie zuerst an einer Teststation.</translation>
    </message>
    <message>
      <source>Stations {stations} ({total}): had no digest password before the wave; the ones the wave gave them stay.</source>
      <translation>Stationen {stations} ({total}): hatten vor der Welle kein Digest-Passwort; die Passwörter, die die Welle ihnen gegeben hat, bleiben.</translation>
    </message>
    <message>
      <source>Stations {stations} ({total}): the digest password the wave set in place of the old one stays; the old one cannot be read back from the OS4K (REG- shows ****), so a device registered with it needs the new one.</source>
      <translation>Stationen {stations} ({total}): Das Digest-Passwort, das die Welle anstelle des alten gesetzt hat, bleibt; das alte lässt sich aus dem OS4K nicht zurücklesen (REG- zeigt ****), daher braucht ein damit registriertes Gerät das neue.</translation>
    </message>
    <message>
      <source>undoing this wave needs the Zoom connection</source>
      <translation>die Rücknahme dieser Welle braucht die Zoom-Verbindung</translation>
    </message>
    <message>
      <source>set it up on the Site page</source>
      <translation>richten Sie sie auf der Seite Standort ein</translation>
    </message>
    <message>
      <source>undoing this wave needs the OS4K connection</source>
      <translation>die Rücknahme dieser Welle braucht die OS4K-Verbindung</translation>
    </message>
    <message numerus="yes">
      <source>Zoom account {zoom}: remove the invitations still pending among the {count} people the wave invited (people who accepted are kept)</source>
      <translation>
        <numerusform>Zoom-Konto {zoom}: die noch offene Einladung der {count} Person zurückziehen, die die Welle eingeladen hat (wer angenommen hat, bleibt)</numerusform>
        <numerusform>Zoom-Konto {zoom}: die noch offenen Einladungen unter den {count} Personen zurückziehen, die die Welle eingeladen hat (wer angenommen hat, bleibt)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>OS4K at {host}, system number {number}: {count} AMO(s) to put back what REG- showed before the wave</source>
      <translation>
        <numerusform>OS4K unter {host}, Systemnummer {number}: {count} AMO, das den Stand wiederherstellt, den REG- vor der Welle zeigte</numerusform>
        <numerusform>OS4K unter {host}, Systemnummer {number}: {count} AMOs, die den Stand wiederherstellen, den REG- vor der Welle zeigte</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Zoom portal: remove {count} integrated user(s) (Phone System Integration &gt; Integrated users)</source>
      <translation>
        <numerusform>von Hand im Zoom-Portal: {count} integrierten Benutzer entfernen (Phone System Integration &gt; Integrated users)</numerusform>
        <numerusform>von Hand im Zoom-Portal: {count} integrierte Benutzer entfernen (Phone System Integration &gt; Integrated users)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Assistant: delete {count} user(s) (Zoom PSI &gt; Data operations &gt; User data)</source>
      <translation>
        <numerusform>von Hand im Assistant: {count} Benutzer löschen (Zoom PSI &gt; Data operations &gt; User data)</numerusform>
        <numerusform>von Hand im Assistant: {count} Benutzer löschen (Zoom PSI &gt; Data operations &gt; User data)</numerusform>
      </translation>
    </message>
    <message>
      <source>nothing to undo: the wave invited nobody, sent no AMO and added nobody by hand</source>
      <translation>nichts zurückzunehmen: Die Welle hat niemanden eingeladen, kein AMO gesendet und niemanden von Hand hinzugefügt</translation>
    </message>
    <message>
      <source>Remove by hand in the Zoom portal (Integrated users): {people}</source>
      <translation>Von Hand im Zoom-Portal entfernen (Integrated users): {people}</translation>
    </message>
    <message>
      <source>Delete by hand in the Assistant (Zoom PSI &gt; User data): {people}</source>
      <translation>Von Hand im Assistant löschen (Zoom PSI &gt; User data): {people}</translation>
    </message>
    <message>
      <source>{email} has accepted the invitation (or left the account): not removed, since that would delete the person's data; remove it by hand in User Management &gt; Users if wanted</source>
      <translation>{email} hat die Einladung angenommen (oder das Konto verlassen): nicht entfernt, denn das würde die Daten der Person löschen; bei Bedarf von Hand unter User Management &gt; Users entfernen</translation>
    </message>
    <message>
      <source>the project has no wave '{wave_id}'</source>
      <translation>das Projekt hat keine Welle '{wave_id}'</translation>
    </message>
    <message>
      <source>(not set)</source>
      <translation>(nicht eingerichtet)</translation>
    </message>
    <message>
      <source>not checked yet (§2.2)</source>
      <translation>noch nicht geprüft (§2.2)</translation>
    </message>
    <message numerus="yes">
      <source>Zoom account {zoom}: {count} invitation(s); Zoom emails each person, who must accept it</source>
      <translation>
        <numerusform>Zoom-Konto {zoom}: {count} Einladung; Zoom schickt jeder Person eine E-Mail, die sie annehmen muss</numerusform>
        <numerusform>Zoom-Konto {zoom}: {count} Einladungen; Zoom schickt jeder Person eine E-Mail, die sie annehmen muss</numerusform>
      </translation>
    </message>
    <message>
      <source>Zoom account {zoom}: no invitations needed; everyone has a Zoom user</source>
      <translation>Zoom-Konto {zoom}: keine Einladungen nötig; alle haben einen Zoom-Benutzer</translation>
    </message>
    <message numerus="yes">
      <source>OS4K at {host}, system number {number}: {count} AMO(s), each journaled before it is sent</source>
      <translation>
        <numerusform>OS4K unter {host}, Systemnummer {number}: {count} AMO, jedes vor dem Senden protokolliert</numerusform>
        <numerusform>OS4K unter {host}, Systemnummer {number}: {count} AMOs, jedes vor dem Senden protokolliert</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>left out: {count} of the people chosen, whom the last read-back found integrated ({people}); the wave changes nothing for them</source>
      <translation>
        <numerusform>ausgelassen: {count} der gewählten Personen, die die letzte Rücklesung als integriert fand ({people}); die Welle ändert für sie nichts</numerusform>
        <numerusform>ausgelassen: {count} der gewählten Personen, die die letzte Rücklesung als integriert fand ({people}); die Welle ändert für sie nichts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Zoom portal: {count} round(s) of at most 50 in Integrated users &gt; Add users; the wave shows each list and waits for your word</source>
      <translation>
        <numerusform>von Hand im Zoom-Portal: {count} Runde zu höchstens 50 unter Integrated users &gt; Add users; die Welle zeigt jede Liste und wartet auf Ihre Bestätigung</numerusform>
        <numerusform>von Hand im Zoom-Portal: {count} Runden zu höchstens 50 unter Integrated users &gt; Add users; die Welle zeigt jede Liste und wartet auf Ihre Bestätigung</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Assistant: import {count} user(s) and Update all; the wave never writes SIP credentials to Zoom</source>
      <translation>
        <numerusform>von Hand im Assistant: {count} Benutzer importieren und Update all; die Welle schreibt nie SIP-Zugangsdaten in Zoom</numerusform>
        <numerusform>von Hand im Assistant: {count} Benutzer importieren und Update all; die Welle schreibt nie SIP-Zugangsdaten in Zoom</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) have none, so the wave gives each one: {stations}</source>
      <translation>
        <numerusform>Digest-Passwörter: {count} Station hat keines, die Welle gibt ihr eines: {stations}</numerusform>
        <numerusform>Digest-Passwörter: {count} Stationen haben keines, die Welle gibt jeder eines: {stations}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) were not read with REG-, so the wave gives each a new one, in place of any it has: {stations}; read the OS4K itself to keep the ones that exist</source>
      <translation>
        <numerusform>Digest-Passwörter: {count} Station wurde nicht mit REG- gelesen, die Welle gibt ihr ein neues, anstelle eines vorhandenen: {stations}; lesen Sie die OS4K selbst, um ein vorhandenes zu behalten</numerusform>
        <numerusform>Digest-Passwörter: {count} Stationen wurden nicht mit REG- gelesen, die Welle gibt jeder ein neues, anstelle eines vorhandenen: {stations}; lesen Sie die OS4K selbst, um vorhandene zu behalten</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) get a new one in place of their own, as you chose: {stations}; a device registered on one of them stops working until it is set up again with the new password</source>
      <translation>
        <numerusform>Digest-Passwörter: {count} Station bekommt wie gewählt ein neues anstelle ihres eigenen: {stations}; ein daran registriertes Gerät funktioniert erst wieder, wenn es mit dem neuen Passwort eingerichtet ist</numerusform>
        <numerusform>Digest-Passwörter: {count} Stationen bekommen wie gewählt ein neues anstelle ihres eigenen: {stations}; ein daran registriertes Gerät funktioniert erst wieder, wenn es mit dem neuen Passwort eingerichtet ist</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) keep their own; the Assistant hands it to Zoom as it is</source>
      <translation>
        <numerusform>Digest-Passwörter: {count} Station behält ihr eigenes; der Assistant gibt es unverändert an Zoom weiter</numerusform>
        <numerusform>Digest-Passwörter: {count} Stationen behalten ihr eigenes; der Assistant gibt es unverändert an Zoom weiter</numerusform>
      </translation>
    </message>
    <message>
      <source>Signed by {signer} with a timestamp from the configured time-stamping authority.</source>
      <translation>Signiert von {signer}, mit einem Zeitstempel des eingestellten Zeitstempeldienstes.</translation>
    </message>
    <message>
      <source>Signed by {signer}, without a trusted timestamp (no time-stamping authority configured): the signing time is the engineer's clock.</source>
      <translation>Signiert von {signer}, ohne vertrauenswürdigen Zeitstempel (kein Zeitstempeldienst eingestellt): Die Signaturzeit ist die Uhrzeit des Rechners des Technikers.</translation>
    </message>
    <message>
      <source>Time: {time}</source>
      <translation>Zeit: {time}</translation>
    </message>
    <message>
      <source>the time-stamping authority {timestamp_url} cannot be reached ({reason})</source>
      <translation>der Zeitstempeldienst {timestamp_url} ist nicht erreichbar ({reason})</translation>
    </message>
    <message>
      <source>check the URL, or build the report without a timestamp</source>
      <translation>prüfen Sie die URL oder erstellen Sie den Bericht ohne Zeitstempel</translation>
    </message>
    <message>
      <source>Signed by {signer}</source>
      <translation>Signiert von {signer}</translation>
    </message>
    <message>
      <source>PSI commissioning</source>
      <translation>PSI-Inbetriebnahme</translation>
    </message>
    <message>
      <source>passed by a later read</source>
      <translation>durch spätere Abfrage bestanden</translation>
    </message>
    <message>
      <source>outdated</source>
      <translation>veraltet</translation>
    </message>
    <message>
      <source>to check again</source>
      <translation>erneut zu prüfen</translation>
    </message>
    <message>
      <source>not provisioned yet</source>
      <translation>noch nicht provisioniert</translation>
    </message>
    <message>
      <source>Commissioning report · Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC</source>
      <translation>Inbetriebnahmeprotokoll · Zoom Phone System Integration mit OpenScape 4000 und OpenScape SBC</translation>
    </message>
    <message>
      <source>Parts of this work were done in offline checklist mode: steps that need a live system were confirmed by hand, as shown per step.</source>
      <translation>Teile dieser Arbeit wurden im Offline-Checklistenmodus erledigt: Schritte, die ein erreichbares System brauchen, wurden von Hand bestätigt, wie bei jedem Schritt vermerkt.</translation>
    </message>
    <message>
      <source>Fix:</source>
      <translation>Abhilfe:</translation>
    </message>
    <message>
      <source>These steps were checked against values changed since; until they are checked again they are not done.</source>
      <translation>Diese Schritte wurden mit Werten geprüft, die sich seitdem geändert haben; bis sie erneut geprüft sind, sind sie nicht erledigt.</translation>
    </message>
    <message>
      <source>Found in an earlier read; a later read of the same fact found it right, so none of them is open.</source>
      <translation>Bei einer früheren Abfrage gefunden; eine spätere Abfrage desselben Sachverhalts fand ihn in Ordnung, daher ist keiner davon offen.</translation>
    </message>
    <message>
      <source>The machine-readable evidence is attached to this PDF as evidence.json. Its SHA-256 is:</source>
      <translation>Die maschinenlesbaren Nachweise hängen diesem PDF als evidence.json an. Ihr SHA-256 lautet:</translation>
    </message>
    <message>
      <source>confirmed by hand</source>
      <translation>von Hand bestätigt</translation>
    </message>
    <message>
      <source>waived</source>
      <translation>erlassen</translation>
    </message>
    <message>
      <source>automatic check</source>
      <translation>automatische Prüfung</translation>
    </message>
    <message>
      <source>network probe from the engineer's laptop</source>
      <translation>Netzwerktest vom Laptop des Technikers</translation>
    </message>
    <message>
      <source>not done</source>
      <translation>nicht erledigt</translation>
    </message>
    <message>
      <source>Complete</source>
      <translation>Vollständig</translation>
    </message>
    <message>
      <source>Complete, with open items</source>
      <translation>Vollständig, mit offenen Punkten</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>Unvollständig</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>bestanden</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>bestätigt</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>Warnung</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <source>blocked</source>
      <translation>blockiert</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>nicht begonnen</translation>
    </message>
    <message>
      <source>running</source>
      <translation>läuft</translation>
    </message>
    <message>
      <source>error</source>
      <translation>Fehler</translation>
    </message>
    <message>
      <source>info</source>
      <translation>Hinweis</translation>
    </message>
    <message>
      <source>integrated</source>
      <translation>integriert</translation>
    </message>
    <message>
      <source>done</source>
      <translation>erledigt</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>wartet</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>geplant</translation>
    </message>
    <message>
      <source>sent</source>
      <translation>gesendet</translation>
    </message>
    <message>
      <source>already</source>
      <translation>bereits vorhanden</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>angehalten</translation>
    </message>
    <message>
      <source>undone</source>
      <translation>rückgängig gemacht</translation>
    </message>
    <message>
      <source>live</source>
      <translation>Live-Betrieb</translation>
    </message>
    <message>
      <source>demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <source>Zoom user</source>
      <translation>Zoom-Benutzer</translation>
    </message>
    <message>
      <source>portal round</source>
      <translation>Portalrunde</translation>
    </message>
    <message>
      <source>AMOs</source>
      <translation>AMOs</translation>
    </message>
    <message>
      <source>Assistant</source>
      <translation>Assistant</translation>
    </message>
    <message>
      <source>read-back</source>
      <translation>Rücklesen</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>verbunden</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Live</translation>
    </message>
    <message>
      <source>Offline checklist</source>
      <translation>Offline-Checkliste</translation>
    </message>
    <message>
      <source>Demo</source>
      <translation>Demo</translation>
    </message>
    <message>
      <source>{when} with psi-wizard {version}</source>
      <translation>{when} mit psi-wizard {version}</translation>
    </message>
    <message>
      <source>Certificate files chosen for the SBC (§9.3)</source>
      <translation>Für den SBC gewählte Zertifikatsdateien (§9.3)</translation>
    </message>
    <message>
      <source>Certificate chain the SBC served to the TLS probe (§2.2.2)</source>
      <translation>Zertifikatskette, die der SBC dem TLS-Test lieferte (§2.2.2)</translation>
    </message>
    <message>
      <source>Zoom's acceptance of the root {root}, as the engineer recorded it: {note}. The root's SHA-256:</source>
      <translation>Zooms Zustimmung zur Stammzertifizierungsstelle {root}, wie der Techniker sie festgehalten hat: {note}. SHA-256 der Stammzertifizierungsstelle:</translation>
    </message>
    <message>
      <source>{integrated} of {people} people are integrated: every stage done and read back from Zoom and the OS4K. For the others the stage they are at is named.</source>
      <translation>{integrated} von {people} Personen sind integriert: jede Stufe erledigt und aus Zoom und der OS4K zurückgelesen. Bei den übrigen ist die Stufe genannt, auf der sie stehen.</translation>
    </message>
    <message>
      <source>failed items</source>
      <translation>fehlgeschlagene Punkte</translation>
    </message>
    <message>
      <source>{number} outdated, to check again</source>
      <translation>{number} veraltet, erneut zu prüfen</translation>
    </message>
    <message>
      <source>done with warnings or waivers</source>
      <translation>erledigt mit Warnungen oder Erlassen</translation>
    </message>
    <message>
      <source>in progress</source>
      <translation>in Arbeit</translation>
    </message>
    <message>
      <source>{number} with warnings</source>
      <translation>{number} mit Warnungen</translation>
    </message>
    <message>
      <source>{number} waived</source>
      <translation>{number} erlassen</translation>
    </message>
    <message>
      <source>{number} failed</source>
      <translation>{number} fehlgeschlagen</translation>
    </message>
    <message>
      <source>{number} blocked</source>
      <translation>{number} blockiert</translation>
    </message>
    <message>
      <source>{number} outdated</source>
      <translation>{number} veraltet</translation>
    </message>
    <message>
      <source>{number} not started</source>
      <translation>{number} nicht begonnen</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(leer)</translation>
    </message>
    <message>
      <source>outdated: {changes} after it was checked on {date}; check it again</source>
      <translation>veraltet: {changes}, nachdem am {date} geprüft wurde; prüfen Sie erneut</translation>
    </message>
    <message>
      <source>Audit log: {entries} entries, intact; final chain hash:</source>
      <translation>Prüfprotokoll: {entries} Einträge, unversehrt; letzter Kettenhash:</translation>
    </message>
    <message>
      <source>Audit log: {entries} entries, BROKEN; final chain hash:</source>
      <translation>Prüfprotokoll: {entries} Einträge, BESCHÄDIGT; letzter Kettenhash:</translation>
    </message>
    <message>
      <source>Commissioning report — {where}</source>
      <translation>Inbetriebnahmeprotokoll — {where}</translation>
    </message>
    <message>
      <source>Commissioning report</source>
      <translation>Inbetriebnahmeprotokoll</translation>
    </message>
    <message>
      <source>{done} of {total} done</source>
      <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
      <source>Chapter</source>
      <translation>Kapitel</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Erledigt</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Warnungen</translation>
    </message>
    <message>
      <source>Waived</source>
      <translation>Erlassen</translation>
    </message>
    <message>
      <source>Failed</source>
      <translation>Fehlgeschlagen</translation>
    </message>
    <message>
      <source>Not started</source>
      <translation>Nicht begonnen</translation>
    </message>
    <message>
      <source>Verdict</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Severity and step</source>
      <translation>Schwere und Schritt</translation>
    </message>
    <message>
      <source>Finding and fix</source>
      <translation>Befund und Abhilfe</translation>
    </message>
    <message>
      <source>{source}, {when}</source>
      <translation>{source}, {when}</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Schritt</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Begründung</translation>
    </message>
    <message>
      <source>Waived by</source>
      <translation>Erlassen von</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Komponente</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Vorgefunden</translation>
    </message>
    <message>
      <source>Minimum</source>
      <translation>Mindestens</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>Provisioning wave</source>
      <translation>Provisionierungswelle</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Zustand</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personen</translation>
    </message>
    <message>
      <source>Changes done</source>
      <translation>Erledigte Änderungen</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Wartend</translation>
    </message>
    <message>
      <source>Steps, in the order of the guide</source>
      <translation>Schritte, in der Reihenfolge des Leitfadens</translation>
    </message>
    <message>
      <source>Reason: {note}</source>
      <translation>Begründung: {note}</translation>
    </message>
    <message>
      <source>Note: {note}</source>
      <translation>Notiz: {note}</translation>
    </message>
    <message>
      <source>superseded {severity}: {message}</source>
      <translation>abgelöst, {severity}: {message}</translation>
    </message>
    <message>
      <source>{severity}: {message}</source>
      <translation>{severity}: {message}</translation>
    </message>
    <message>
      <source>Acceptance</source>
      <translation>Abnahme</translation>
    </message>
    <message>
      <source>{protocol}, {cipher}; accepts {accepted}</source>
      <translation>{protocol}, {cipher}; nimmt auch {accepted} an</translation>
    </message>
    <message>
      <source>OPTIONS {answer}</source>
      <translation>OPTIONS: Antwort {answer}</translation>
    </message>
    <message>
      <source>set up in {setup} ms, {codec}, {suite}; see Test calls</source>
      <translation>aufgebaut in {setup} ms, {codec}, {suite}; siehe Testanrufe</translation>
    </message>
    <message>
      <source>via {proxy}: {targets}</source>
      <translation>über {proxy}: {targets}</translation>
    </message>
    <message>
      <source>Waivers</source>
      <translation>Erlasse</translation>
    </message>
    <message>
      <source>Superseded findings</source>
      <translation>Abgelöste Befunde</translation>
    </message>
    <message>
      <source>Finding, as first read</source>
      <translation>Befund, wie zuerst abgefragt</translation>
    </message>
    <message>
      <source>Superseded by</source>
      <translation>Abgelöst durch</translation>
    </message>
    <message>
      <source>{field} changed</source>
      <translation>{field} geändert</translation>
    </message>
    <message>
      <source>{field} changed from {old} to {new}</source>
      <translation>{field} von {old} in {new} geändert</translation>
    </message>
    <message>
      <source>Outdated results</source>
      <translation>Veraltete Ergebnisse</translation>
    </message>
    <message>
      <source>What changed</source>
      <translation>Was sich verändert hat</translation>
    </message>
    <message>
      <source>Inventory found</source>
      <translation>Vorgefundener Bestand</translation>
    </message>
    <message>
      <source>Probe</source>
      <translation>Test</translation>
    </message>
    <message>
      <source>What was seen</source>
      <translation>Beobachtet</translation>
    </message>
    <message>
      <source>Dialog</source>
      <translation>Dialog</translation>
    </message>
    <message>
      <source>Setting</source>
      <translation>Einstellung</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Applied</source>
      <translation>Übernommen</translation>
    </message>
    <message>
      <source>Wave</source>
      <translation>Welle</translation>
    </message>
    <message>
      <source>AMO and answer</source>
      <translation>AMO und Antwort</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-Mail</translation>
    </message>
    <message>
      <source>Station</source>
      <translation>Teilnehmer</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>Stufe</translation>
    </message>
    <message>
      <source>Engineer</source>
      <translation>Techniker</translation>
    </message>
    <message>
      <source>Company</source>
      <translation>Firma</translation>
    </message>
    <message>
      <source>Work done</source>
      <translation>Arbeiten</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start} bis {end}</translation>
    </message>
    <message>
      <source>Modes used</source>
      <translation>Genutzte Modi</translation>
    </message>
    <message>
      <source>Overall verdict</source>
      <translation>Gesamtergebnis</translation>
    </message>
    <message>
      <source>Report made</source>
      <translation>Protokoll erstellt</translation>
    </message>
    <message>
      <source>None.</source>
      <translation>Keine.</translation>
    </message>
    <message>
      <source>System number: {numbers}</source>
      <translation>Anlagennummer: {numbers}</translation>
    </message>
    <message>
      <source>Blocked by {steps}</source>
      <translation>Blockiert durch {steps}</translation>
    </message>
    <message>
      <source>Network probes</source>
      <translation>Netzwerktests</translation>
    </message>
    <message>
      <source>SBC settings sheet</source>
      <translation>SBC-Einstellungsblatt</translation>
    </message>
    <message>
      <source>AMOs the OS4K refused:</source>
      <translation>AMOs, die die OS4K abgewiesen hat:</translation>
    </message>
    <message>
      <source>No user provisioning is recorded in this project.</source>
      <translation>In diesem Projekt ist keine Benutzerprovisionierung festgehalten.</translation>
    </message>
    <message>
      <source>Step and evidence</source>
      <translation>Schritt und Nachweis</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>By, when</source>
      <translation>Von, wann</translation>
    </message>
    <message>
      <source>Attachment {name}, SHA-256</source>
      <translation>Anhang {name}, SHA-256</translation>
    </message>
    <message>
      <source>The customer confirms that the work described in this report was carried out.</source>
      <translation>Der Kunde bestätigt, dass die in diesem Protokoll beschriebenen Arbeiten ausgeführt wurden.</translation>
    </message>
    <message>
      <source>Integrity</source>
      <translation>Unversehrtheit</translation>
    </message>
    <message>
      <source>REGISTER granted {seconds} s</source>
      <translation>REGISTER gewährt {seconds} s</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Plan SHA-256 of wave {wave}:</source>
      <translation>SHA-256 des Plans der Welle {wave}:</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Funktion</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Datum</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Unterschrift</translation>
    </message>
    <message>
      <source>Open findings</source>
      <translation>Offene Befunde</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>direkt</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Zusammenfassung</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Inhaber</translation>
    </message>
    <message>
      <source>DNS names</source>
      <translation>DNS-Namen</translation>
    </message>
    <message>
      <source>Issuer</source>
      <translation>Aussteller</translation>
    </message>
    <message>
      <source>Valid</source>
      <translation>Gültig</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>the passphrase is too short</source>
      <translation>die Passphrase ist zu kurz</translation>
    </message>
    <message>
      <source>use at least 8 characters</source>
      <translation>verwenden Sie mindestens 8 Zeichen</translation>
    </message>
    <message>
      <source>{target} already exists</source>
      <translation>{target} existiert bereits</translation>
    </message>
    <message>
      <source>choose another file name; an identity is never overwritten</source>
      <translation>wählen Sie einen anderen Dateinamen; eine Identität wird nie überschrieben</translation>
    </message>
    <message>
      <source>check of what was entered in §{section}</source>
      <translation>Prüfung der Eingaben in §{section}</translation>
    </message>
    <message>
      <source>AMO text pasted in §{section}</source>
      <translation>in §{section} eingefügte AMO-Ausgabe</translation>
    </message>
    <message>
      <source>the provisioning wave's journal</source>
      <translation>Journal der Provisionierungswelle</translation>
    </message>
    <message>
      <source>live read-back of the OS4K and Zoom by provisioning wave {wave}</source>
      <translation>Live-Rücklesen von OS4K und Zoom durch die Provisionierungswelle {wave}</translation>
    </message>
    <message>
      <source>Re-check report · Zoom Phone System Integration with OpenScape 4000 and OpenScape SBC</source>
      <translation>Nachprüfungsprotokoll · Zoom Phone System Integration mit OpenScape 4000 und OpenScape SBC</translation>
    </message>
    <message>
      <source>Re-checked {when} UTC against the baseline {file}, signed by {signer} at {signed}; its evidence's SHA-256:</source>
      <translation>Nachgeprüft {when} UTC gegen die Grundlage {file}, signiert von {signer} am {signed}; SHA-256 ihrer Nachweise:</translation>
    </message>
    <message>
      <source>Nothing drifted since the baseline</source>
      <translation>Seit der Grundlage hat sich nichts verändert</translation>
    </message>
    <message>
      <source>Signed by {signer}.</source>
      <translation>Signiert von {signer}.</translation>
    </message>
    <message>
      <source>Re-check report — {where}</source>
      <translation>Nachprüfungsprotokoll — {where}</translation>
    </message>
    <message>
      <source>{drifts} drift(s) since the baseline; {still} check(s) still fail as at the baseline</source>
      <translation>{drifts} Abweichung(en) seit der Grundlage; {still} Prüfung(en) schlagen weiter fehl wie bei der Grundlage</translation>
    </message>
    <message>
      <source>{drifts} drift(s) since the baseline</source>
      <translation>{drifts} Abweichung(en) seit der Grundlage</translation>
    </message>
    <message>
      <source>Nothing drifted since the baseline, but {still} check(s) still fail as at the baseline</source>
      <translation>Seit der Grundlage hat sich nichts verändert, aber {still} Prüfung(en) schlagen weiter fehl wie bei der Grundlage</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Was</translation>
    </message>
    <message>
      <source>At the baseline</source>
      <translation>Bei der Grundlage</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Jetzt</translation>
    </message>
    <message>
      <source>Fix</source>
      <translation>Abhilfe</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Unverändert</translation>
    </message>
    <message>
      <source>Evidence SHA-256:</source>
      <translation>SHA-256 der Nachweise:</translation>
    </message>
    <message>
      <source>Still failing, as at the baseline</source>
      <translation>Weiter fehlgeschlagen, wie bei der Grundlage</translation>
    </message>
    <message>
      <source>Nothing was done at the baseline.</source>
      <translation>Bei der Grundlage war nichts erledigt.</translation>
    </message>
    <message>
      <source>OpenScape SBC settings sheet</source>
      <translation>Einstellungsblatt für den OpenScape SBC</translation>
    </message>
    <message>
      <source>to read</source>
      <translation>nur ablesen</translation>
    </message>
    <message>
      <source>SBC {fqdn}: core {core}, access {access}, SIP-TLS port {port}. A value in &lt;angle brackets&gt; is not known yet: fill in the site first.</source>
      <translation>SBC {fqdn}: Core {core}, Access {access}, SIP-TLS-Port {port}. Ein Wert in &lt;spitzen Klammern&gt; ist noch nicht bekannt: Tragen Sie zuerst die Standortdaten ein.</translation>
    </message>
    <message>
      <source>{source} is not a usable signing identity</source>
      <translation>{source} ist keine verwendbare Signaturidentität</translation>
    </message>
    <message>
      <source>use a PKCS#12 file with a key and certificate</source>
      <translation>verwenden Sie eine PKCS#12-Datei mit Schlüssel und Zertifikat</translation>
    </message>
    <message>
      <source>{source}: the passphrase does not open this identity</source>
      <translation>{source}: die Passphrase öffnet diese Identität nicht</translation>
    </message>
    <message>
      <source>{source} is protected by a passphrase</source>
      <translation>{source} ist durch eine Passphrase geschützt</translation>
    </message>
    <message>
      <source>give the identity's passphrase</source>
      <translation>geben Sie die Passphrase der Identität an</translation>
    </message>
    <message>
      <source>Calls made through the SBC's public SIP-TLS port as two Zoom PSI clients (user agent ZoomPbxPhone), both ends on the engineer's laptop, so one clock measures the delay each way.</source>
      <translation>Anrufe über den öffentlichen SIP-TLS-Port des SBC als zwei Zoom-PSI-Clients (User Agent ZoomPbxPhone); beide Enden liefen auf dem Laptop des Technikers, daher misst eine Uhr die Verzögerung in jeder Richtung.</translation>
    </message>
    <message>
      <source>Plain RTP (RTP/AVP): must be refused</source>
      <translation>Unverschlüsseltes RTP (RTP/AVP): muss abgewiesen werden</translation>
    </message>
    <message>
      <source>Only an unconfigured codec: must be refused</source>
      <translation>Nur ein nicht konfigurierter Codec: muss abgewiesen werden</translation>
    </message>
    <message>
      <source>SRTP with SDES: must be answered with SDES</source>
      <translation>SRTP mit SDES: muss mit SDES beantwortet werden</translation>
    </message>
    <message>
      <source>caller</source>
      <translation>Anrufer</translation>
    </message>
    <message>
      <source>callee</source>
      <translation>Angerufener</translation>
    </message>
    <message>
      <source>Through</source>
      <translation>Über</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Durchgeführt</translation>
    </message>
    <message>
      <source>User agent</source>
      <translation>User Agent</translation>
    </message>
    <message>
      <source>Call set-up</source>
      <translation>Rufaufbau</translation>
    </message>
    <message>
      <source>Codec</source>
      <translation>Codec</translation>
    </message>
    <message>
      <source>SRTP crypto suite</source>
      <translation>SRTP-Crypto-Suite</translation>
    </message>
    <message>
      <source>Answer's media line</source>
      <translation>Medienzeile der Antwort</translation>
    </message>
    <message>
      <source>Audio sent</source>
      <translation>Gesendetes Audio</translation>
    </message>
    <message>
      <source>{delay} (max. {most})</source>
      <translation>{delay} (max. {most})</translation>
    </message>
    <message>
      <source>Test calls</source>
      <translation>Testanrufe</translation>
    </message>
    <message>
      <source>Test call {caller} → {callee}</source>
      <translation>Testanruf {caller} → {callee}</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Ergebnis</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>Richtung</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Gesendet</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Empfangen</translation>
    </message>
    <message>
      <source>Lost</source>
      <translation>Verloren</translation>
    </message>
    <message>
      <source>Jitter</source>
      <translation>Jitter</translation>
    </message>
    <message>
      <source>One-way delay</source>
      <translation>Einwegverzögerung</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>keine Antwort</translation>
    </message>
    <message>
      <source>Offer</source>
      <translation>Angebot</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Antwort</translation>
    </message>
    <message>
      <source>Answer's media</source>
      <translation>Medien der Antwort</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Schweregrad</translation>
    </message>
    <message>
      <source>{seconds} s each way</source>
      <translation>{seconds} s je Richtung</translation>
    </message>
    <message>
      <source>Audio each way (SRTP, RFC 3550 jitter, one-way delay on one clock):</source>
      <translation>Audio je Richtung (SRTP, Jitter nach RFC 3550, Einwegverzögerung auf einer Uhr):</translation>
    </message>
    <message>
      <source>The media profile from outside (guide §9.4.2):</source>
      <translation>Das Medienprofil von außen geprüft (Leitfaden §9.4.2):</translation>
    </message>
    <message>
      <source>Findings:</source>
      <translation>Befunde:</translation>
    </message>
    <message>
      <source>SIP ladder (ms after the first request):</source>
      <translation>SIP-Leiter (ms nach der ersten Anfrage):</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Von</translation>
    </message>
    <message>
      <source>To</source>
      <translation>An</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Nachricht</translation>
    </message>
    <message>
      <source>{source} is not a PDF file</source>
      <translation>{source} ist keine PDF-Datei</translation>
    </message>
    <message>
      <source>check that the file is the report</source>
      <translation>prüfen Sie, ob die Datei der Bericht ist</translation>
    </message>
    <message>
      <source>the --trust file is not a certificate</source>
      <translation>die --trust-Datei ist kein Zertifikat</translation>
    </message>
    <message>
      <source>give the signer's certificate, PEM or DER</source>
      <translation>geben Sie das Zertifikat des Unterzeichners an, PEM oder DER</translation>
    </message>
    <message>
      <source>the report is not signed</source>
      <translation>der Bericht ist nicht signiert</translation>
    </message>
    <message>
      <source>the document was modified after it was signed (the signed bytes do not match)</source>
      <translation>das Dokument wurde nach dem Signieren verändert (die signierten Bytes stimmen nicht überein)</translation>
    </message>
    <message>
      <source>content was added to the file after it was signed</source>
      <translation>nach dem Signieren wurde der Datei Inhalt hinzugefügt</translation>
    </message>
    <message>
      <source>the signer ({signer}) is not trusted</source>
      <translation>dem Unterzeichner ({signer}) wird nicht vertraut</translation>
    </message>
    <message>
      <source>give the signer's certificate to trust it (--trust)</source>
      <translation>geben Sie das Zertifikat des Unterzeichners an, um ihm zu vertrauen (--trust)</translation>
    </message>
    <message>
      <source>the report carries no embedded evidence</source>
      <translation>der Bericht enthält keine eingebetteten Nachweise</translation>
    </message>
    <message>
      <source>the file is damaged or was altered: it no longer reads as a PDF ({reason})</source>
      <translation>die Datei ist beschädigt oder wurde verändert: sie lässt sich nicht mehr als PDF lesen ({reason})</translation>
    </message>
    <message>
      <source>the signature cannot be validated ({reason})</source>
      <translation>die Signatur kann nicht geprüft werden ({reason})</translation>
    </message>
    <message>
      <source>the signature itself is invalid</source>
      <translation>die Signatur selbst ist ungültig</translation>
    </message>
    <message>
      <source>the embedded evidence is damaged ({reason})</source>
      <translation>die eingebetteten Nachweise sind beschädigt ({reason})</translation>
    </message>
    <message>
      <source>the embedded evidence does not match the SHA-256 printed in the report</source>
      <translation>die eingebetteten Nachweise passen nicht zu dem im Bericht gedruckten SHA-256</translation>
    </message>
    <message>
      <source>no version given, and the SIP probe has not heard the SBC name its version</source>
      <translation>keine Version angegeben, und die SIP-Messung hat den SBC seine Version nicht nennen hören</translation>
    </message>
    <message>
      <source>type the version from the SBC portal, or run the registration probe (§9.4.1.1) first</source>
      <translation>geben Sie die Version aus dem SBC-Portal ein oder führen Sie zuerst die Registrierungsmessung (§9.4.1.1) aus</translation>
    </message>
    <message>
      <source>the SBC public FQDN is not set</source>
      <translation>der öffentliche FQDN des SBC ist nicht gesetzt</translation>
    </message>
    <message>
      <source>enter it on the Site &amp; connections page</source>
      <translation>tragen Sie ihn auf der Seite Standort &amp; Verbindungen ein</translation>
    </message>
    <message>
      <source>the {label} is not set</source>
      <translation>{label} ist nicht gesetzt</translation>
    </message>
    <message>
      <source>the SBC SIP-TLS port '{port_text}' is not a number</source>
      <translation>der SIP-TLS-Port des SBC '{port_text}' ist keine Zahl</translation>
    </message>
    <message>
      <source>correct it on the site page</source>
      <translation>korrigieren Sie ihn auf der Seite Standort</translation>
    </message>
    <message>
      <source>no digest password given for the test registration</source>
      <translation>kein Digest-Passwort für die Testregistrierung angegeben</translation>
    </message>
    <message>
      <source>type the subscriber's digest password (it is used once and never saved)</source>
      <translation>geben Sie das Digest-Passwort des Teilnehmers ein (es wird einmal verwendet und nie gespeichert)</translation>
    </message>
    <message>
      <source>Zoom cannot be reached from here</source>
      <translation>Zoom ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
      <source>run the step from a project with its connection</source>
      <translation>führen Sie den Schritt aus einem Projekt mit seiner Verbindung aus</translation>
    </message>
    <message>
      <source>RedSky cannot be reached from here</source>
      <translation>RedSky ist von hier aus nicht erreichbar</translation>
    </message>
    <message>
      <source>no {what} given</source>
      <translation>kein(e) {what} angegeben</translation>
    </message>
    <message>
      <source>enter or paste the {what} in the step, then run the check</source>
      <translation>geben Sie {what} im Schritt ein oder fügen Sie es ein und führen Sie dann die Prüfung aus</translation>
    </message>
    <message>
      <source>no {what} chosen</source>
      <translation>kein(e) {what} gewählt</translation>
    </message>
    <message>
      <source>choose the {what} in the step, then run the check</source>
      <translation>wählen Sie {what} im Schritt und führen Sie dann die Prüfung aus</translation>
    </message>
    <message>
      <source>Blocked by {steps}.</source>
      <translation>Blockiert durch {steps}.</translation>
    </message>
    <message>
      <source>checks cannot open {system} yet</source>
      <translation>Prüfungen können {system} noch nicht öffnen</translation>
    </message>
    <message>
      <source>run the step by hand</source>
      <translation>führen Sie den Schritt von Hand aus</translation>
    </message>
    <message>
      <source>the Zoom connection is not set up</source>
      <translation>die Zoom-Verbindung ist nicht eingerichtet</translation>
    </message>
    <message>
      <source>No answer within {timeout} s.</source>
      <translation>Keine Antwort innerhalb von {timeout} s.</translation>
    </message>
    <message>
      <source>Check that the system is reachable from this laptop, then run the step again.</source>
      <translation>Prüfen, dass das System von diesem Laptop aus erreichbar ist, dann den Schritt erneut ausführen.</translation>
    </message>
    <message>
      <source>no chapter '{chapter_id}' in the runbook</source>
      <translation>kein Kapitel '{chapter_id}' im Ablaufplan</translation>
    </message>
    <message>
      <source>runbook: dependency cycle through step '{step_id}'</source>
      <translation>Ablaufplan: Abhängigkeitszyklus über Schritt '{step_id}'</translation>
    </message>
    <message>
      <source>fix depends_on in the runbook</source>
      <translation>korrigieren Sie depends_on im Ablaufplan</translation>
    </message>
    <message>
      <source>runbook: step '{id}' reads the unknown Site field '{key}'</source>
      <translation>Ablaufplan: Schritt '{id}' liest das unbekannte Standortfeld '{key}'</translation>
    </message>
    <message>
      <source>name one of the fields of wizard.checks.site</source>
      <translation>nennen Sie eines der Felder aus wizard.checks.site</translation>
    </message>
    <message>
      <source>runbook: step '{id}' names the connection setting '{name}' without its system</source>
      <translation>Ablaufplan: Schritt '{id}' nennt die Verbindungseinstellung '{name}' ohne ihr System</translation>
    </message>
    <message>
      <source>write it as system.setting, e.g. zoom.account_id</source>
      <translation>schreiben Sie sie als system.setting, z. B. zoom.account_id</translation>
    </message>
    <message>
      <source>no step '{step_id}' in the runbook</source>
      <translation>kein Schritt '{step_id}' im Ablaufplan</translation>
    </message>
    <message>
      <source>list the steps with 'psi-wizard runbook list'</source>
      <translation>listen Sie die Schritte mit 'psi-wizard runbook list' auf</translation>
    </message>
    <message>
      <source>runbook: step id '{id}' appears twice</source>
      <translation>Ablaufplan: Schritt-ID '{id}' kommt zweimal vor</translation>
    </message>
    <message>
      <source>give each step its own id</source>
      <translation>geben Sie jedem Schritt eine eigene ID</translation>
    </message>
    <message>
      <source>runbook: step '{id}' depends on unknown step '{dep}'</source>
      <translation>Ablaufplan: Schritt '{id}' hängt vom unbekannten Schritt '{dep}' ab</translation>
    </message>
    <message>
      <source>fix depends_on in the runbook data</source>
      <translation>korrigieren Sie depends_on in den Ablaufplandaten</translation>
    </message>
    <message>
      <source>probing the site</source>
      <translation>die Messung des Standorts</translation>
    </message>
    <message>
      <source>an AMO batch (its dry run reads the PBX too)</source>
      <translation>ein AMO-Stapel (sein Probelauf liest auch die TK-Anlage)</translation>
    </message>
    <message>
      <source>sending an AMO batch</source>
      <translation>das Senden eines AMO-Stapels</translation>
    </message>
    <message>
      <source>put one AMO per line, e.g. REG-PERSI:TYPE=STN,STNO=3100;</source>
      <translation>ein AMO pro Zeile, z. B. REG-PERSI:TYPE=STN,STNO=3100;</translation>
    </message>
    <message>
      <source>nothing was pasted</source>
      <translation>es wurde nichts eingefügt</translation>
    </message>
    <message>
      <source>paste the Assistant's output of the batch, echoed commands included</source>
      <translation>fügen Sie die Ausgabe des Assistant für den Stapel ein, mit den wiederholten Befehlen</translation>
    </message>
    <message>
      <source>{source}, AMO {number}: {problem}</source>
      <translation>{source}, AMO {number}: {problem}</translation>
    </message>
    <message>
      <source>{fix}; nothing was sent</source>
      <translation>{fix}; es wurde nichts gesendet</translation>
    </message>
    <message>
      <source>a connection test</source>
      <translation>ein Verbindungstest</translation>
    </message>
    <message>
      <source>no attachment #{evidence_id} in the project</source>
      <translation>kein Anhang #{evidence_id} im Projekt</translation>
    </message>
    <message>
      <source>it may have been removed</source>
      <translation>er wurde vielleicht entfernt</translation>
    </message>
    <message>
      <source>{name} is larger than {size} MB</source>
      <translation>{name} ist größer als {size} MB</translation>
    </message>
    <message>
      <source>attach a smaller file (a screenshot or an export of what the step asks for)</source>
      <translation>hängen Sie eine kleinere Datei an (einen Screenshot oder einen Export dessen, was der Schritt verlangt)</translation>
    </message>
    <message>
      <source>could not read {name}: {reason}</source>
      <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>check the file and try again</source>
      <translation>prüfen Sie die Datei und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>cannot write a copy of {name}: {reason}</source>
      <translation>eine Kopie von {name} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
      <source>free space in your cache folder</source>
      <translation>schaffen Sie Platz in Ihrem Cache-Ordner</translation>
    </message>
    <message>
      <source>cannot read the guide {path} ({reason})</source>
      <translation>der Leitfaden {path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>choose it again (Help &gt; Choose the guide file…)</source>
      <translation>wählen Sie ihn erneut (Hilfe &gt; Leitfaden-Datei wählen…)</translation>
    </message>
    <message>
      <source>the identity needs the engineer's name</source>
      <translation>die Identität braucht den Namen des Technikers</translation>
    </message>
    <message>
      <source>enter your name (it is printed as the signer)</source>
      <translation>geben Sie Ihren Namen ein (er wird als Unterzeichner gedruckt)</translation>
    </message>
    <message>
      <source>{name} is a PEM file, not a signing identity</source>
      <translation>{name} ist eine PEM-Datei, keine Signaturidentität</translation>
    </message>
    <message>
      <source>choose the PKCS#12 file (.p12 or .pfx) that holds the key and the certificate</source>
      <translation>wählen Sie die PKCS#12-Datei (.p12 oder .pfx), die Schlüssel und Zertifikat enthält</translation>
    </message>
    <message>
      <source>{name} is not a PKCS#12 file</source>
      <translation>{name} ist keine PKCS#12-Datei</translation>
    </message>
    <message>
      <source>choose the .p12 or .pfx file of the identity</source>
      <translation>wählen Sie die .p12- oder .pfx-Datei der Identität</translation>
    </message>
    <message>
      <source>the identity's passphrase is needed</source>
      <translation>die Passphrase der Identität wird gebraucht</translation>
    </message>
    <message>
      <source>type it in the Passphrase field</source>
      <translation>geben Sie sie im Feld Passphrase ein</translation>
    </message>
    <message>
      <source>{name} holds no certificate</source>
      <translation>{name} enthält kein Zertifikat</translation>
    </message>
    <message>
      <source>use a PKCS#12 file with a certificate</source>
      <translation>verwenden Sie eine PKCS#12-Datei mit Zertifikat</translation>
    </message>
    <message>
      <source>cannot create the folder {folder}: {reason}</source>
      <translation>der Ordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
      <source>free space, or check the permissions of your data folder</source>
      <translation>schaffen Sie Platz oder prüfen Sie die Berechtigungen Ihres Datenordners</translation>
    </message>
    <message>
      <source>choose the file again</source>
      <translation>wählen Sie die Datei erneut</translation>
    </message>
    <message>
      <source>cannot read {identity}: {reason}</source>
      <translation>{identity} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>choose the identity again</source>
      <translation>wählen Sie die Identität erneut</translation>
    </message>
    <message>
      <source>{name} does not open with this passphrase</source>
      <translation>{name} öffnet sich mit dieser Passphrase nicht</translation>
    </message>
    <message>
      <source>type the identity's passphrase</source>
      <translation>geben Sie die Passphrase der Identität ein</translation>
    </message>
    <message>
      <source>running a wave</source>
      <translation>das Ausführen einer Welle</translation>
    </message>
    <message>
      <source>reading a wave back</source>
      <translation>das Zurücklesen einer Welle</translation>
    </message>
    <message>
      <source>undoing a wave</source>
      <translation>das Zurücknehmen einer Welle</translation>
    </message>
    <message>
      <source>{source} is refused: {problem}</source>
      <translation>{source} wird abgelehnt: {problem}</translation>
    </message>
    <message>
      <source>{source} is refused: {problem} (and {more} more problems)</source>
      <translation>{source} wird abgelehnt: {problem} (und {more} weitere Probleme)</translation>
    </message>
    <message>
      <source>correct the file (or export it from the Zoom portal again) and choose it again; the people shown stay as they were</source>
      <translation>korrigieren Sie die Datei (oder exportieren Sie sie erneut aus dem Zoom-Portal) und wählen Sie sie noch einmal; die angezeigten Personen bleiben, wie sie waren</translation>
    </message>
    <message>
      <source>the people were read before the wizard last changed or read back Zoom or the OS4K</source>
      <translation>die Personen wurden gelesen, bevor der Wizard Zoom oder die OS4K zuletzt geändert oder zurückgelesen hat</translation>
    </message>
    <message>
      <source>read Zoom and the OS4K again, then plan the wave from what they hold now</source>
      <translation>lesen Sie Zoom und die OS4K erneut und planen Sie die Welle aus dem, was sie jetzt enthalten</translation>
    </message>
    <message>
      <source>nobody is chosen for this wave</source>
      <translation>für diese Welle ist niemand ausgewählt</translation>
    </message>
    <message>
      <source>choose the people who are ready (see the rows)</source>
      <translation>wählen Sie die bereiten Personen aus (siehe die Zeilen)</translation>
    </message>
    <message>
      <source>the project has no wave that was run and left unfinished</source>
      <translation>das Projekt hat keine Welle, die ausgeführt und nicht abgeschlossen wurde</translation>
    </message>
    <message>
      <source>run a planned wave with --execute (--waves lists them)</source>
      <translation>führen Sie eine geplante Welle mit --execute aus (--waves listet sie auf)</translation>
    </message>
    <message>
      <source>'{wave}' is not a wave of this project</source>
      <translation>„{wave}“ ist keine Welle dieses Projekts</translation>
    </message>
    <message>
      <source>list the waves and pick one</source>
      <translation>lassen Sie die Wellen auflisten und wählen Sie eine</translation>
    </message>
    <message>
      <source>the read-back needs the Zoom and the OS4K connections</source>
      <translation>das Zurücklesen braucht die Zoom- und die OS4K-Verbindung</translation>
    </message>
    <message>
      <source>set both up on the Site page (on the command line, or pass their secrets with --zoom-secret-env and --password-env)</source>
      <translation>richten Sie beide auf der Seite „Standort“ ein (auf der Kommandozeile: oder übergeben Sie ihre Geheimnisse mit --zoom-secret-env und --password-env)</translation>
    </message>
    <message>
      <source>a re-check (it reads the live systems)</source>
      <translation>eine erneute Prüfung (sie liest die Live-Systeme)</translation>
    </message>
    <message>
      <source>{source} cannot be the baseline: {problem}</source>
      <translation>{source} kann nicht die Ausgangsbasis sein: {problem}</translation>
    </message>
    <message>
      <source>use the signed report handed over at commissioning, and trust the signer's certificate</source>
      <translation>verwenden Sie den bei der Inbetriebnahme übergebenen signierten Bericht und vertrauen Sie dem Zertifikat des Unterzeichners</translation>
    </message>
    <message>
      <source>{source} is signed, but it is not a commissioning report of this wizard</source>
      <translation>{source} ist signiert, aber kein Inbetriebnahmebericht dieses Wizards</translation>
    </message>
    <message>
      <source>use the report the wizard built for this site</source>
      <translation>verwenden Sie den Bericht, den der Wizard für diesen Standort erstellt hat</translation>
    </message>
    <message>
      <source>{source} is the report of another project ({their_file})</source>
      <translation>{source} ist der Bericht eines anderen Projekts ({their_file})</translation>
    </message>
    <message>
      <source>open the project of that site, or choose this project's report</source>
      <translation>öffnen Sie das Projekt dieses Standorts oder wählen Sie den Bericht dieses Projekts</translation>
    </message>
    <message>
      <source>connection to {system}</source>
      <translation>Verbindung zu {system}</translation>
    </message>
    <message>
      <source>{email}: integrated and read back</source>
      <translation>{email}: integriert und zurückgelesen</translation>
    </message>
    <message>
      <source>there is no signing identity for the re-check report</source>
      <translation>es gibt keine Signaturidentität für den Bericht der erneuten Prüfung</translation>
    </message>
    <message>
      <source>use or create one on the Report page first</source>
      <translation>verwenden oder erstellen Sie zuerst eine auf der Seite Bericht</translation>
    </message>
    <message>
      <source>there is no report in {language}</source>
      <translation>ein Protokoll in {language} gibt es nicht</translation>
    </message>
    <message>
      <source>choose one of {languages}</source>
      <translation>wählen Sie eine von {languages}</translation>
    </message>
    <message>
      <source>use your company's PKCS#12 file or create a personal identity first</source>
      <translation>verwenden Sie die PKCS#12-Datei Ihrer Firma oder erstellen Sie zuerst eine persönliche Identität</translation>
    </message>
    <message>
      <source>{name}: the sheet is exported as .pdf or .csv</source>
      <translation>{name}: das Blatt wird als .pdf oder .csv exportiert</translation>
    </message>
    <message>
      <source>choose a name ending in one</source>
      <translation>wählen Sie einen Namen mit einer dieser Endungen</translation>
    </message>
    <message>
      <source>cannot read the folder {folder}: {reason}</source>
      <translation>der Ordner {folder} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
      <source>{name} cannot be read ({reason})</source>
      <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
      <source>a test call</source>
      <translation>ein Testanruf</translation>
    </message>
    <message>
      <source>{path} is open in another wizard: user {user} on {host}, process {pid}, since {since}; whether it still runs cannot be seen from this laptop</source>
      <translation>{path} ist in einem anderen Wizard geöffnet: Benutzer {user} auf {host}, Prozess {pid}, seit {since}; ob er noch läuft, ist von diesem Laptop aus nicht zu sehen</translation>
    </message>
    <message>
      <source>close it there first; if that wizard is closed (or the file was copied from that laptop), open it anyway (--force on the command line, 'Open anyway' in the window): the takeover is kept in the audit log</source>
      <translation>schließen Sie sie dort zuerst; ist dieser Wizard geschlossen (oder wurde die Datei von jenem Laptop kopiert), öffnen Sie sie trotzdem (--force auf der Kommandozeile, 'Trotzdem öffnen' im Fenster): die Übernahme wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
      <source>{path} is marked open by process {pid} of user {user} since {since}; a process {pid} runs on this laptop, but it started after that, so it is not that wizard</source>
      <translation>{path} ist seit {since} als geöffnet markiert von Prozess {pid} des Benutzers {user}; auf diesem Laptop läuft ein Prozess {pid}, der aber später gestartet wurde, also nicht jener Wizard ist</translation>
    </message>
    <message>
      <source>open it anyway (--force on the command line, 'Open anyway' in the window): the takeover is kept in the audit log</source>
      <translation>öffnen Sie sie trotzdem (--force auf der Kommandozeile, 'Trotzdem öffnen' im Fenster): die Übernahme wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
      <source>{path} is open in another wizard on this laptop: user {user}, process {pid}, since {since}, and that process still runs</source>
      <translation>{path} ist in einem anderen Wizard auf diesem Laptop geöffnet: Benutzer {user}, Prozess {pid}, seit {since}, und dieser Prozess läuft noch</translation>
    </message>
    <message>
      <source>close the project there (or end process {pid}), then open it again</source>
      <translation>schließen Sie das Projekt dort (oder beenden Sie Prozess {pid}) und öffnen Sie es dann erneut</translation>
    </message>
    <message>
      <source>{path}: {reason}</source>
      <translation>{path}: {reason}</translation>
    </message>
    <message>
      <source>see the log {log} for details</source>
      <translation>Einzelheiten stehen im Protokoll {log}</translation>
    </message>
    <message>
      <source>{path}: the change could not be journaled ({reason}); it was not saved</source>
      <translation>{path}: die Änderung konnte nicht journalisiert werden ({reason}); sie wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>{path} is damaged: {problem} (and {more} more)</source>
      <translation>{path} ist beschädigt: {problem} (und {more} weitere)</translation>
    </message>
    <message>
      <source>{path} is damaged: {problem}</source>
      <translation>{path} ist beschädigt: {problem}</translation>
    </message>
    <message>
      <source>restore it from a backup; 'psi-wizard project verify' lists every problem</source>
      <translation>stellen Sie sie aus einer Sicherung wieder her; 'psi-wizard project verify' listet jedes Problem auf</translation>
    </message>
    <message>
      <source>the disk holding {path} is full or failing; the last change was not saved</source>
      <translation>der Datenträger mit {path} ist voll oder fällt aus; die letzte Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>free space on that disk, then repeat the change — everything saved before is intact</source>
      <translation>schaffen Sie Platz auf diesem Datenträger und wiederholen Sie dann die Änderung – alles vorher Gespeicherte ist intakt</translation>
    </message>
    <message>
      <source>{path} can only be read, not written</source>
      <translation>{path} kann nur gelesen, nicht geschrieben werden</translation>
    </message>
    <message>
      <source>check the file's permissions, or save a copy elsewhere (File &gt; Save As)</source>
      <translation>prüfen Sie die Berechtigungen der Datei oder speichern Sie eine Kopie an anderer Stelle (Datei &gt; Speichern unter)</translation>
    </message>
    <message>
      <source>{path} is busy in another program</source>
      <translation>{path} ist in einem anderen Programm belegt</translation>
    </message>
    <message>
      <source>close the other program that has it open, then try again</source>
      <translation>schließen Sie das andere Programm, das die Datei offen hat, und versuchen Sie es erneut</translation>
    </message>
    <message>
      <source>{path} is not a PSI project file, or it is damaged</source>
      <translation>{path} ist keine PSI-Projektdatei oder ist beschädigt</translation>
    </message>
    <message>
      <source>open a .psiproj file made by this wizard, or restore it from a backup</source>
      <translation>öffnen Sie eine mit diesem Wizard erstellte .psiproj-Datei oder stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
      <source>the disk holding {path} has no free inode (no new file can be made on it), so the change could not be journaled; it was not saved</source>
      <translation>der Datenträger mit {path} hat keinen freien Inode mehr (es kann keine neue Datei darauf angelegt werden), daher konnte die Änderung nicht journalisiert werden; sie wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>delete files you do not need on that disk (many small files use up inodes), then repeat the change — everything saved before is intact</source>
      <translation>löschen Sie nicht benötigte Dateien auf diesem Datenträger (viele kleine Dateien verbrauchen Inodes) und wiederholen Sie dann die Änderung – alles zuvor Gespeicherte ist unversehrt</translation>
    </message>
    <message>
      <source>the folder {folder} cannot be written, so the change to {path} could not be journaled; it was not saved</source>
      <translation>der Ordner {folder} kann nicht geschrieben werden, daher konnte die Änderung an {path} nicht journalisiert werden; sie wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>make the folder writable, or save a copy elsewhere (File &gt; Save As)</source>
      <translation>machen Sie den Ordner beschreibbar oder speichern Sie eine Kopie an anderer Stelle (Datei &gt; Speichern unter)</translation>
    </message>
    <message>
      <source>the project's {key} is not recorded (meta)</source>
      <translation>{key} des Projekts ist nicht erfasst (meta)</translation>
    </message>
    <message>
      <source>a recorded result of step '{step}' cannot be read</source>
      <translation>ein aufgezeichnetes Ergebnis des Schritts '{step}' kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>the table {name} is missing</source>
      <translation>die Tabelle {name} fehlt</translation>
    </message>
    <message>
      <source>damaged database pages ({line})</source>
      <translation>beschädigte Datenbankseiten ({line})</translation>
    </message>
    <message>
      <source>damaged database pages</source>
      <translation>beschädigte Datenbankseiten</translation>
    </message>
    <message>
      <source>the project's mode '{mode}' is none the wizard knows</source>
      <translation>den Modus '{mode}' des Projekts kennt der Wizard nicht</translation>
    </message>
    <message>
      <source>the project's connections cannot be read (meta)</source>
      <translation>die Verbindungen des Projekts können nicht gelesen werden (meta)</translation>
    </message>
    <message>
      <source>{path} already exists</source>
      <translation>{path} existiert bereits</translation>
    </message>
    <message>
      <source>open it, or choose another file name</source>
      <translation>öffnen Sie die Datei oder wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
      <source>cannot create {path}: the folder is not writable</source>
      <translation>{path} kann nicht angelegt werden: der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
      <source>{path} does not exist</source>
      <translation>{path} existiert nicht</translation>
    </message>
    <message>
      <source>check the path, or create a new project</source>
      <translation>prüfen Sie den Pfad oder legen Sie ein neues Projekt an</translation>
    </message>
    <message>
      <source>{path} is empty, not a PSI project</source>
      <translation>{path} ist leer, kein PSI-Projekt</translation>
    </message>
    <message>
      <source>open a .psiproj file made by this wizard</source>
      <translation>öffnen Sie eine mit diesem Wizard erstellte .psiproj-Datei</translation>
    </message>
    <message>
      <source>{path} cannot be written (the file or its folder is read-only)</source>
      <translation>{path} kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt)</translation>
    </message>
    <message>
      <source>copy it to a folder you can write to and open the copy, or open it read-only to look</source>
      <translation>kopieren Sie die Datei in einen beschreibbaren Ordner und öffnen Sie die Kopie, oder öffnen Sie sie schreibgeschützt zum Ansehen</translation>
    </message>
    <message>
      <source>{path} is open read-only; the change was not saved</source>
      <translation>{path} ist schreibgeschützt geöffnet; die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
      <source>open the project normally (or a copy of it) to change it</source>
      <translation>öffnen Sie das Projekt normal (oder eine Kopie davon), um es zu ändern</translation>
    </message>
    <message>
      <source>a step confirmed by hand needs a note</source>
      <translation>ein von Hand bestätigter Schritt braucht eine Notiz</translation>
    </message>
    <message>
      <source>say what you checked and how</source>
      <translation>schreiben Sie, was Sie wie geprüft haben</translation>
    </message>
    <message>
      <source>waiving a step needs a reason</source>
      <translation>das Auslassen eines Schritts braucht eine Begründung</translation>
    </message>
    <message>
      <source>say why the step does not apply at this site</source>
      <translation>schreiben Sie, warum der Schritt an diesem Standort nicht zutrifft</translation>
    </message>
    <message>
      <source>no evidence #{evidence_id} in {path}</source>
      <translation>kein Nachweis #{evidence_id} in {path}</translation>
    </message>
    <message>
      <source>evidence #{evidence_id} no longer matches its recorded SHA-256</source>
      <translation>Nachweis #{evidence_id} passt nicht mehr zu seinem erfassten SHA-256</translation>
    </message>
    <message>
      <source>the file was altered outside the wizard; restore it from a backup</source>
      <translation>die Datei wurde außerhalb des Wizards verändert; stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
      <source>choose another file name, or delete that file first</source>
      <translation>wählen Sie einen anderen Dateinamen oder löschen Sie zuerst diese Datei</translation>
    </message>
    <message>
      <source>the file cannot be read as a database ({reason})</source>
      <translation>die Datei lässt sich nicht als Datenbank lesen ({reason})</translation>
    </message>
    <message>
      <source>the file cannot be read as a project ({reason})</source>
      <translation>die Datei lässt sich nicht als Projekt lesen ({reason})</translation>
    </message>
    <message>
      <source>step '{step}' has the status '{status}', which the wizard does not know</source>
      <translation>Schritt '{step}' hat den Status '{status}', den der Wizard nicht kennt</translation>
    </message>
    <message>
      <source>the stored result of step '{step}' cannot be read</source>
      <translation>das gespeicherte Ergebnis von Schritt '{step}' kann nicht gelesen werden</translation>
    </message>
    <message>
      <source>cannot create {name}…: {reason}</source>
      <translation>{name}… kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
      <source>choose a shorter file name</source>
      <translation>wählen Sie einen kürzeren Dateinamen</translation>
    </message>
    <message>
      <source>{path} is a database, but not a PSI project file</source>
      <translation>{path} ist eine Datenbank, aber keine PSI-Projektdatei</translation>
    </message>
    <message>
      <source>{path} was written by a newer wizard (project format {version}; this wizard knows up to {known})</source>
      <translation>{path} wurde von einem neueren Wizard geschrieben (Projektformat {version}; dieser Wizard kennt bis {known})</translation>
    </message>
    <message>
      <source>update the wizard to open it; the file was not changed</source>
      <translation>aktualisieren Sie den Wizard, um sie zu öffnen; die Datei wurde nicht verändert</translation>
    </message>
    <message>
      <source>no attachment #{evidence_id} on step {step_id}</source>
      <translation>kein Anhang #{evidence_id} an Schritt {step_id}</translation>
    </message>
    <message>
      <source>it may have been removed already</source>
      <translation>er wurde vielleicht schon entfernt</translation>
    </message>
    <message>
      <source>{row} is the file the step's '{used}' input names</source>
      <translation>{row} ist die Datei, die die Eingabe '{used}' des Schritts nennt</translation>
    </message>
    <message>
      <source>choose another file for that input instead of removing this one</source>
      <translation>wählen Sie für diese Eingabe eine andere Datei, statt diese zu entfernen</translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not text ({count})</source>
      <translation>
        <numerusform>{table}.{column} enthält Werte, die kein Text sind ({count})</numerusform>
        <numerusform>{table}.{column} enthält Werte, die kein Text sind ({count})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not whole numbers ({count})</source>
      <translation>
        <numerusform>{table}.{column} enthält Werte, die keine ganzen Zahlen sind ({count})</numerusform>
        <numerusform>{table}.{column} enthält Werte, die keine ganzen Zahlen sind ({count})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not binary data ({count})</source>
      <translation>
        <numerusform>{table}.{column} enthält Werte, die keine Binärdaten sind ({count})</numerusform>
        <numerusform>{table}.{column} enthält Werte, die keine Binärdaten sind ({count})</numerusform>
      </translation>
    </message>
    <message>
      <source>this computer has no system keyring the wizard can use</source>
      <translation>dieser Computer hat keinen Systemschlüsselbund, den der Wizard nutzen kann</translation>
    </message>
    <message>
      <source>type the secret for this session only; it will not be remembered</source>
      <translation>geben Sie das Geheimnis nur für diese Sitzung ein; es wird nicht gespeichert</translation>
    </message>
    <message>
      <source>the environment variable {var} is not set</source>
      <translation>die Umgebungsvariable {var} ist nicht gesetzt</translation>
    </message>
    <message>
      <source>export it with the secret, then run again</source>
      <translation>exportieren Sie sie mit dem Geheimnis und führen Sie es erneut aus</translation>
    </message>
    <message>
      <source>CloudLink has no user with this email.</source>
      <translation>CloudLink hat keinen Benutzer mit dieser E-Mail.</translation>
    </message>
    <message>
      <source>Provision the user in CloudLink (OS4K Assistant &gt; Zoom PSI &gt; Data operations &gt; User data) and check that the email is spelled exactly as in Zoom.</source>
      <translation>Den Benutzer in CloudLink bereitstellen (OS4K Assistant &gt; Zoom PSI &gt; Data operations &gt; User data) und prüfen, dass die E-Mail genau wie in Zoom geschrieben ist.</translation>
    </message>
    <message>
      <source>Zoom has no user with this email.</source>
      <translation>Zoom hat keinen Benutzer mit dieser E-Mail.</translation>
    </message>
    <message>
      <source>Add the user to the Zoom account (User Management &gt; Users &gt; Add Users) with exactly this email.</source>
      <translation>Den Benutzer mit genau dieser E-Mail zum Zoom-Konto hinzufügen (User Management &gt; Users &gt; Add Users).</translation>
    </message>
    <message>
      <source>The Zoom user has no SIP phone assigned.</source>
      <translation>Dem Zoom-Benutzer ist kein SIP-Telefon zugewiesen.</translation>
    </message>
    <message>
      <source>Assign a SIP phone in the Zoom admin portal (Phone System Integration &gt; Integrated users).</source>
      <translation>Im Zoom-Admin-Portal ein SIP-Telefon zuweisen (Phone System Integration &gt; Integrated users).</translation>
    </message>
    <message>
      <source>The Zoom user is deactivated.</source>
      <translation>Der Zoom-Benutzer ist deaktiviert.</translation>
    </message>
    <message>
      <source>Reactivate the user in the Zoom admin portal (User Management &gt; Users).</source>
      <translation>Den Benutzer im Zoom-Admin-Portal reaktivieren (User Management &gt; Users).</translation>
    </message>
    <message>
      <source>The Zoom user has not activated the account yet.</source>
      <translation>Der Zoom-Benutzer hat das Konto noch nicht aktiviert.</translation>
    </message>
    <message>
      <source>Ask the user to accept the invitation from no-reply@zoom.us (check the spam folder), guide §7.1.2.</source>
      <translation>Den Benutzer bitten, die Einladung von no-reply@zoom.us anzunehmen (auch im Spam-Ordner nachsehen), Leitfaden §7.1.2.</translation>
    </message>
    <message>
      <source>The user lacks the ZoomPSI licence in CloudLink; CloudLink checks nothing further for this user.</source>
      <translation>Dem Benutzer fehlt die ZoomPSI-Lizenz in CloudLink; CloudLink prüft für ihn nichts weiter.</translation>
    </message>
    <message>
      <source>Assign the ZoomPSI licence in Mitel Administration, then generate the report again.</source>
      <translation>Die ZoomPSI-Lizenz in Mitel Administration vergeben, dann den Bericht neu erzeugen.</translation>
    </message>
    <message>
      <source>CloudLink refused the sign-in: the user name or password is wrong</source>
      <translation>CloudLink hat die Anmeldung abgewiesen: Benutzername oder Passwort ist falsch</translation>
    </message>
    <message>
      <source>check the CloudLink account admin's user name and password</source>
      <translation>prüfen Sie Benutzername und Passwort des CloudLink-Kontoadministrators</translation>
    </message>
    <message>
      <source>CloudLink refused the client credentials: the client secret is wrong</source>
      <translation>CloudLink hat die Client-Zugangsdaten abgewiesen: das Client Secret ist falsch</translation>
    </message>
    <message>
      <source>check the client ID and secret</source>
      <translation>prüfen Sie Client ID und Secret</translation>
    </message>
    <message>
      <source>CloudLink does not know this client ID</source>
      <translation>CloudLink kennt diese Client ID nicht</translation>
    </message>
    <message>
      <source>check the client ID</source>
      <translation>prüfen Sie die Client ID</translation>
    </message>
    <message>
      <source>CloudLink does not know that account ID for this user</source>
      <translation>CloudLink kennt diese Konto-ID für diesen Benutzer nicht</translation>
    </message>
    <message>
      <source>check the Account ID of the CloudLink connection, or leave it empty</source>
      <translation>prüfen Sie die Account ID der CloudLink-Verbindung oder lassen Sie sie leer</translation>
    </message>
    <message>
      <source>CloudLink does not know this user name</source>
      <translation>CloudLink kennt diesen Benutzernamen nicht</translation>
    </message>
    <message>
      <source>check the user name</source>
      <translation>prüfen Sie den Benutzernamen</translation>
    </message>
    <message>
      <source>the CloudLink user is not active</source>
      <translation>der CloudLink-Benutzer ist nicht aktiv</translation>
    </message>
    <message>
      <source>the user must accept CloudLink's invitation first, or an admin activates it</source>
      <translation>der Benutzer muss zuerst die Einladung von CloudLink annehmen, oder ein Administrator aktiviert ihn</translation>
    </message>
    <message>
      <source>the CloudLink account is not active</source>
      <translation>das CloudLink-Konto ist nicht aktiv</translation>
    </message>
    <message>
      <source>ask Mitel or the partner to activate it</source>
      <translation>bitten Sie Mitel oder den Partner, es zu aktivieren</translation>
    </message>
    <message>
      <source>the CloudLink account of this user is locked (too many failed sign-ins)</source>
      <translation>das CloudLink-Konto dieses Benutzers ist gesperrt (zu viele fehlgeschlagene Anmeldungen)</translation>
    </message>
    <message>
      <source>wait, or have a CloudLink admin unlock it, then test again</source>
      <translation>warten Sie oder lassen Sie es von einem CloudLink-Administrator entsperren und testen Sie dann erneut</translation>
    </message>
    <message>
      <source>CloudLink asks this user to change the password before signing in</source>
      <translation>CloudLink verlangt, dass dieser Benutzer vor der Anmeldung sein Passwort ändert</translation>
    </message>
    <message>
      <source>sign in once at CloudLink's web portal and set a new password, then enter it here</source>
      <translation>melden Sie sich einmal im Webportal von CloudLink an, setzen Sie ein neues Passwort und geben Sie es dann hier ein</translation>
    </message>
    <message>
      <source>the CloudLink password does not meet CloudLink's password rules</source>
      <translation>das CloudLink-Passwort erfüllt die Passwortregeln von CloudLink nicht</translation>
    </message>
    <message>
      <source>set a password that meets the rules in CloudLink's web portal</source>
      <translation>setzen Sie im Webportal von CloudLink ein Passwort, das die Regeln erfüllt</translation>
    </message>
    <message>
      <source>the system resolver</source>
      <translation>der Resolver des Systems</translation>
    </message>
    <message>
      <source>Zoom export (CSV)</source>
      <translation>Zoom-Export (CSV)</translation>
    </message>
    <message>
      <source>Zoom API</source>
      <translation>Zoom-API</translation>
    </message>
    <message>
      <source>not read (no Zoom connection or export)</source>
      <translation>nicht gelesen (keine Zoom-Verbindung und kein Export)</translation>
    </message>
    <message>
      <source>OS4K subscribers (pasted or from a file)</source>
      <translation>OS4K-Teilnehmer (eingefügt oder aus einer Datei)</translation>
    </message>
    <message>
      <source>OS4K over SSH (REG-)</source>
      <translation>OS4K über SSH (REG-)</translation>
    </message>
    <message>
      <source>no answer in time</source>
      <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
      <source>the connection was refused</source>
      <translation>die Verbindung wurde abgewiesen</translation>
    </message>
    <message>
      <source>the connection failed</source>
      <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
      <source>it gave no reason</source>
      <translation>sie nannte keinen Grund</translation>
    </message>
    <message>
      <source>an HTML page came back (a proxy or gateway answered, not the service itself)</source>
      <translation>eine HTML-Seite kam zurück (ein Proxy oder Gateway hat geantwortet, nicht der Dienst selbst)</translation>
    </message>
    <message>
      <source>the body was empty</source>
      <translation>der Inhalt war leer</translation>
    </message>
    <message>
      <source>a JSON object</source>
      <translation>ein JSON-Objekt</translation>
    </message>
    <message>
      <source>a JSON list of objects</source>
      <translation>eine JSON-Liste von Objekten</translation>
    </message>
    <message>
      <source>comma</source>
      <translation>Komma</translation>
    </message>
    <message>
      <source>semicolon</source>
      <translation>Semikolon</translation>
    </message>
    <message>
      <source>tab</source>
      <translation>Tabulator</translation>
    </message>
  </context>
  <context>
    <name>engine</name>
    <message>
      <source>This step is confirmed by hand; the wizard cannot check it for you yet.</source>
      <translation>Dieser Schritt wird von Hand bestätigt; der Wizard kann ihn noch nicht für Sie prüfen.</translation>
    </message>
    <message>
      <source>Offline checklist mode: this check needs the live system. Confirm it by hand instead.</source>
      <translation>Offline-Checklistenmodus: Diese Prüfung braucht das Live-System. Bestätigen Sie den Schritt stattdessen von Hand.</translation>
    </message>
    <message>
      <source>Cancelled; nothing was recorded.</source>
      <translation>Abgebrochen; nichts wurde aufgezeichnet.</translation>
    </message>
    <message>
      <source>The check stopped on an internal error; nothing was recorded. The details are in the log file (Help &gt; Open the log file).</source>
      <translation>Die Prüfung ist an einem internen Fehler gescheitert; nichts wurde aufgezeichnet. Die Einzelheiten stehen in der Protokolldatei (Hilfe &gt; Protokolldatei öffnen).</translation>
    </message>
    <message>
      <source>This step's status comes from the provisioning wave: run or verify the wave on this page, and the step follows.</source>
      <translation>Der Status dieses Schritts kommt aus der Bereitstellungswelle: Führen Sie die Welle auf dieser Seite aus oder prüfen Sie sie, und der Schritt folgt.</translation>
    </message>
    <message>
      <source>Blocked by {steps}.</source>
      <translation>Blockiert durch {steps}.</translation>
    </message>
  </context>
  <context>
    <name>systems</name>
    <message>
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <source>Client secret</source>
      <translation>Client-Secret</translation>
    </message>
    <message>
      <source>Account ID</source>
      <translation>Konto-ID</translation>
    </message>
    <message>
      <source>Server-to-Server OAuth app: account ID</source>
      <translation>Server-to-Server-OAuth-App: Konto-ID</translation>
    </message>
    <message>
      <source>Client ID</source>
      <translation>Client-ID</translation>
    </message>
    <message>
      <source>Server-to-Server OAuth app: client ID</source>
      <translation>Server-to-Server-OAuth-App: Client-ID</translation>
    </message>
    <message>
      <source>Rate limits</source>
      <translation>Ratenlimits</translation>
    </message>
    <message>
      <source>per second; Pro: light=30,medium=20 — Business+: light=80,medium=60</source>
      <translation>pro Sekunde; Pro: light=30,medium=20 — Business+: light=80,medium=60</translation>
    </message>
    <message>
      <source>CloudLink</source>
      <translation>CloudLink</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>Account admin</source>
      <translation>Konto-Administrator</translation>
    </message>
    <message>
      <source>the CloudLink account admin's user name</source>
      <translation>Benutzername des CloudLink-Kontoadministrators</translation>
    </message>
    <message>
      <source>only if the user is in several accounts</source>
      <translation>nur wenn der Benutzer zu mehreren Konten gehört</translation>
    </message>
    <message>
      <source>RedSky</source>
      <translation>RedSky</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>RedSky administrator's user name</source>
      <translation>Benutzername des RedSky-Administrators</translation>
    </message>
    <message>
      <source>API address</source>
      <translation>API-Adresse</translation>
    </message>
    <message>
      <source>https://api.e911cloud.com — tenants set up through Webex: https://api.wxc.e911cloud.com</source>
      <translation>https://api.e911cloud.com — über Webex eingerichtete Mandanten: https://api.wxc.e911cloud.com</translation>
    </message>
    <message>
      <source>OS4K (AMO over SSH)</source>
      <translation>OS4K (AMO über SSH)</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>Assistant / platform address</source>
      <translation>Adresse von Assistant / Plattform</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>22</source>
      <translation>22</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>AMO login</source>
      <translation>AMO-Anmeldung</translation>
    </message>
    <message>
      <source>client secret</source>
      <translation>Client-Secret</translation>
    </message>
    <message>
      <source>password</source>
      <translation>Passwort</translation>
    </message>
    <message>
      <source>AMO password</source>
      <translation>AMO-Passwort</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>OpenScape 4000 Assistant &gt; Software Management, or CloudLink &gt; OpenScape 4K &gt; System Inventory &gt; Platforms</source>
      <translation>OpenScape 4000 Assistant &gt; Software Management oder CloudLink &gt; OpenScape 4K &gt; System Inventory &gt; Platforms</translation>
    </message>
    <message>
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <source>V11 R0.22</source>
      <translation>V11 R0.22</translation>
    </message>
    <message>
      <source>OpenScape 4000 Assistant &gt; Software Management &gt; Software Activation</source>
      <translation>OpenScape 4000 Assistant &gt; Software Management &gt; Software Activation</translation>
    </message>
    <message>
      <source>V11 R0.22.5</source>
      <translation>V11 R0.22.5</translation>
    </message>
    <message>
      <source>V11 R0.22.3</source>
      <translation>V11 R0.22.3</translation>
    </message>
    <message>
      <source>V11 R0.22.10</source>
      <translation>V11 R0.22.10</translation>
    </message>
    <message>
      <source>V11 R0.22.7</source>
      <translation>V11 R0.22.7</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; General (product version)</source>
      <translation>OpenScape SBC Management Portal &gt; General (Produktversion)</translation>
    </message>
    <message>
      <source>V11 R2.1.0</source>
      <translation>V11 R2.1.0</translation>
    </message>
    <message>
      <source>Zoom Workplace app &gt; profile picture &gt; Help &gt; About Zoom</source>
      <translation>Zoom-Workplace-App &gt; Ihr Profilbild &gt; Help &gt; About Zoom</translation>
    </message>
    <message>
      <source>6.3.6</source>
      <translation>6.3.6</translation>
    </message>
    <message>
      <source>OS4K AMO session</source>
      <translation>OS4K-AMO-Sitzung</translation>
    </message>
    <message>
      <source>Regenerate</source>
      <translation>Regenerieren</translation>
    </message>
    <message>
      <source>REG-ANUM;</source>
      <translation>REG-ANUM;</translation>
    </message>
    <message>
      <source>REG-ANSU;</source>
      <translation>REG-ANSU;</translation>
    </message>
    <message>
      <source>OS4K AMO session (SBCSU)</source>
      <translation>OS4K-AMO-Sitzung (SBCSU)</translation>
    </message>
    <message>
      <source>Regenerate a subscriber</source>
      <translation>Einen Teilnehmer regenerieren (REG-)</translation>
    </message>
    <message>
      <source>REG-SBCSU:STNO=&lt;STNO&gt;;</source>
      <translation>REG-SBCSU:STNO=&lt;STNO&gt;;</translation>
    </message>
    <message>
      <source>Call log</source>
      <translation>Anrufjournal</translation>
    </message>
    <message>
      <source>ALL</source>
      <translation>ALL</translation>
    </message>
    <message>
      <source>Zoom web portal &gt; Account Management &gt; Account Settings; User Management &gt; Users</source>
      <translation>Zoom web portal &gt; Account Management &gt; Account Settings; User Management &gt; Users</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; User Management</source>
      <translation>Mitel Administration &gt; User Management</translation>
    </message>
    <message>
      <source>Required role</source>
      <translation>Erforderliche Rolle</translation>
    </message>
    <message>
      <source>ACCOUNT_ADMIN of the customer account (a PARTNER_ADMIN is the wrong role)</source>
      <translation>ACCOUNT_ADMIN des Kundenkontos (ein PARTNER_ADMIN ist die falsche Rolle)</translation>
    </message>
    <message>
      <source>Zoom web portal &gt; User Management &gt; Users</source>
      <translation>Zoom web portal &gt; User Management &gt; Users</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>{sbc_public_fqdn}</source>
      <translation>{sbc_public_fqdn}</translation>
    </message>
    <message>
      <source>Expected address</source>
      <translation>Erwartete Adresse</translation>
    </message>
    <message>
      <source>{sbc_public_ip}</source>
      <translation>{sbc_public_ip}</translation>
    </message>
    <message>
      <source>SIP-TLS</source>
      <translation>SIP-TLS</translation>
    </message>
    <message>
      <source>TCP {sbc_sip_tls_port} to {sbc_access_ip} (public {sbc_public_fqdn})</source>
      <translation>TCP {sbc_sip_tls_port} an {sbc_access_ip} (öffentlich {sbc_public_fqdn})</translation>
    </message>
    <message>
      <source>SRTP</source>
      <translation>SRTP</translation>
    </message>
    <message>
      <source>UDP {sbc_media_ports} to {sbc_access_ip}</source>
      <translation>UDP {sbc_media_ports} an {sbc_access_ip}</translation>
    </message>
    <message>
      <source>DNS</source>
      <translation>DNS</translation>
    </message>
    <message>
      <source>UDP/TCP 53</source>
      <translation>UDP/TCP 53</translation>
    </message>
    <message>
      <source>TCP {sbc_sip_tls_port} to {sbc_public_fqdn}</source>
      <translation>TCP {sbc_sip_tls_port} an {sbc_public_fqdn}</translation>
    </message>
    <message>
      <source>UDP {sbc_media_ports} to {sbc_public_fqdn}</source>
      <translation>UDP {sbc_media_ports} an {sbc_public_fqdn}</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; Account &gt; Integrations &gt; + Add new &gt; 3rd party &gt; Zoom &gt; Add &gt; Done</source>
      <translation>Mitel Administration &gt; Account &gt; Integrations &gt; + Add new &gt; 3rd party &gt; Zoom &gt; Add &gt; Done</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; Account &gt; Integrations &gt; Zoom &gt; Complete Setup &gt; Connect</source>
      <translation>Mitel Administration &gt; Account &gt; Integrations &gt; Zoom &gt; Complete Setup &gt; Connect</translation>
    </message>
    <message>
      <source>Zoom App Marketplace &gt; Mitel PSI &gt; Create Connector &gt; Connect &gt; Allow</source>
      <translation>Zoom App Marketplace &gt; Mitel PSI &gt; Create Connector &gt; Connect &gt; Allow</translation>
    </message>
    <message>
      <source>Per PSI user</source>
      <translation>Je PSI-Benutzer</translation>
    </message>
    <message>
      <source>OS4K for Zoom Workplace + subscriber licence</source>
      <translation>OS4K for Zoom Workplace + subscriber licence</translation>
    </message>
    <message>
      <source>OpenScape 4000 Platform Administration &gt; System &gt; System Proxy Settings</source>
      <translation>OpenScape 4000 Platform Administration &gt; System &gt; System Proxy Settings</translation>
    </message>
    <message>
      <source>Expected message</source>
      <translation>Erwartete Meldung</translation>
    </message>
    <message>
      <source>Cloud connectivity test OK</source>
      <translation>Cloud connectivity test OK</translation>
    </message>
    <message>
      <source>OpenScape 4000 Platform Administration &gt; System &gt; CloudLink &gt; Enable CloudLink &gt; Link to CloudLink</source>
      <translation>OpenScape 4000 Platform Administration &gt; System &gt; CloudLink &gt; Enable CloudLink &gt; Link to CloudLink</translation>
    </message>
    <message>
      <source>CloudLink &gt; OpenScape 4K &gt; System Inventory &gt; Platforms, and &gt; Applications</source>
      <translation>CloudLink &gt; OpenScape 4K &gt; System Inventory &gt; Platforms und &gt; Applications</translation>
    </message>
    <message>
      <source>OpenScape 4000 Assistant &gt; Configuration Management &gt; Zoom PSI &gt; Settings &gt; Configuration</source>
      <translation>OpenScape 4000 Assistant &gt; Configuration Management &gt; Zoom PSI &gt; Settings &gt; Configuration</translation>
    </message>
    <message>
      <source>CSTA status</source>
      <translation>CSTA-Status</translation>
    </message>
    <message>
      <source>OpenScape Assistant &gt; Expert Mode &gt; CSTA: application link connected (green)</source>
      <translation>OpenScape Assistant &gt; Expert Mode &gt; CSTA: application link connected (green)</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; System &gt; Settings &gt; CloudLink &gt; Enable CloudLink Service</source>
      <translation>OpenScape SBC Management Portal &gt; System &gt; Settings &gt; CloudLink &gt; Enable CloudLink Service</translation>
    </message>
    <message>
      <source>Zoom web portal &gt; User Management &gt; Users &gt; Add Users</source>
      <translation>Zoom web portal &gt; User Management &gt; Users &gt; Add Users</translation>
    </message>
    <message>
      <source>Zoom Admin Portal &gt; Account Management &gt; Phone System Integration &gt; Settings &gt; Integrated calling on Zoom mobile</source>
      <translation>Zoom Admin Portal &gt; Account Management &gt; Phone System Integration &gt; Settings &gt; Integrated calling on Zoom mobile</translation>
    </message>
    <message>
      <source>Allow use the integrated phone system to phone call on Zoom mobile client</source>
      <translation>Allow use the integrated phone system to phone call on Zoom mobile client</translation>
    </message>
    <message>
      <source>On</source>
      <translation>On</translation>
    </message>
    <message>
      <source>Zoom Admin Portal &gt; Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users</source>
      <translation>Zoom Admin Portal &gt; Account Management &gt; Phone System Integration &gt; Integrated users &gt; Add users</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Stapelgröße</translation>
    </message>
    <message>
      <source>at most 50 users</source>
      <translation>höchstens 50 Benutzer</translation>
    </message>
    <message>
      <source>Expected status</source>
      <translation>Erwarteter Status</translation>
    </message>
    <message>
      <source>Pending SIP credential</source>
      <translation>Pending SIP credential</translation>
    </message>
    <message>
      <source>OS4K AMO session, or Assistant &gt; Configuration Management &gt; Station &gt; Basic 3</source>
      <translation>OS4K-AMO-Sitzung oder Assistant &gt; Configuration Management &gt; Station &gt; Basic 3</translation>
    </message>
    <message>
      <source>AMO</source>
      <translation>AMO</translation>
    </message>
    <message>
      <source>CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"&lt;email&gt;";</source>
      <translation>CHANGE-PERSI:EMAIL,&lt;STNO&gt;,"&lt;email&gt;";</translation>
    </message>
    <message>
      <source>OS4K AMO session, or Assistant &gt; Configuration Management &gt; Network &gt; System &gt; OSMO</source>
      <translation>OS4K-AMO-Sitzung oder Assistant &gt; Configuration Management &gt; Network &gt; System &gt; OSMO</translation>
    </message>
    <message>
      <source>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={sbc_public_ip},PORT1={sbc_sip_tls_port};</source>
      <translation>CHANGE-ZANDE:TYPE=OSMO,SBCADDR1={sbc_public_ip},PORT1={sbc_sip_tls_port};</translation>
    </message>
    <message>
      <source>CHANGE-SBCSU:STNO=&lt;STNO&gt;,OPT=OPTI,PMIDX=&lt;PM_IDX&gt;,IPPASSW="&lt;password&gt;";</source>
      <translation>CHANGE-SBCSU:STNO=&lt;STNO&gt;,OPT=OPTI,PMIDX=&lt;PM_IDX&gt;,IPPASSW="&lt;password&gt;";</translation>
    </message>
    <message>
      <source>ADD-RICHT:MODE=PM,IDX=&lt;PM_IDX&gt;,SAN=&lt;VM number&gt;,STYPE=OTHER;</source>
      <translation>ADD-RICHT:MODE=PM,IDX=&lt;PM_IDX&gt;,SAN=&lt;VM number&gt;,STYPE=OTHER;</translation>
    </message>
    <message>
      <source>OS4K AMO session (KNDEF)</source>
      <translation>OS4K-AMO-Sitzung (KNDEF)</translation>
    </message>
    <message>
      <source>REG-KNDEF;</source>
      <translation>REG-KNDEF;</translation>
    </message>
    <message>
      <source>CHANGE-KNDEF:NNO=&lt;node&gt;,TYPE=OWN,ISDNCC=&lt;country code&gt;,ISDNAC=&lt;area code&gt;,ISDNLC=&lt;local code&gt;;</source>
      <translation>CHANGE-KNDEF:NNO=&lt;node&gt;,TYPE=OWN,ISDNCC=&lt;country code&gt;,ISDNAC=&lt;area code&gt;,ISDNLC=&lt;local code&gt;;</translation>
    </message>
    <message>
      <source>REG-CGWB;</source>
      <translation>REG-CGWB;</translation>
    </message>
    <message>
      <source>CHANGE-CGWB:MTYPE=CGW,LTU=&lt;LTU&gt;,SLOT=&lt;SLOT&gt;,TYPE=DMCDATA,DMCCONN=&lt;count&gt;;</source>
      <translation>CHANGE-CGWB:MTYPE=CGW,LTU=&lt;LTU&gt;,SLOT=&lt;SLOT&gt;,TYPE=DMCDATA,DMCCONN=&lt;count&gt;;</translation>
    </message>
    <message>
      <source>CHANGE-SDAT:&lt;STNO&gt;,ATTRIBUT,DMCALLWD;</source>
      <translation>CHANGE-SDAT:&lt;STNO&gt;,ATTRIBUT,DMCALLWD;</translation>
    </message>
    <message>
      <source>OpenScape 4000 Assistant &gt; Zoom PSI &gt; Data operations &gt; User data &gt; Add user</source>
      <translation>OpenScape 4000 Assistant &gt; Zoom PSI &gt; Data operations &gt; User data &gt; Add user</translation>
    </message>
    <message>
      <source>Zoom &gt; User management &gt; Users &gt; Export; Assistant &gt; Configuration management &gt; Zoom PSI &gt; Data Operation &gt; Import CSV</source>
      <translation>Zoom &gt; User management &gt; Users &gt; Export; Assistant &gt; Configuration management &gt; Zoom PSI &gt; Data Operation &gt; Import CSV</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; Support &gt; Zoom &gt; Status (Refresh)</source>
      <translation>Mitel Administration &gt; Support &gt; Zoom &gt; Status (Schaltfläche Refresh)</translation>
    </message>
    <message>
      <source>Integration status</source>
      <translation>Integration status</translation>
    </message>
    <message>
      <source>Connected</source>
      <translation>Connected</translation>
    </message>
    <message>
      <source>OAuth status</source>
      <translation>OAuth status</translation>
    </message>
    <message>
      <source>Authorized</source>
      <translation>Authorized</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; Support &gt; Zoom &gt; User Comparison Report &gt; Generate &gt; Download</source>
      <translation>Mitel Administration &gt; Support &gt; Zoom &gt; User Comparison Report &gt; Generate &gt; Download</translation>
    </message>
    <message>
      <source>Mitel Administration &gt; Support &gt; Zoom &gt; Event History (Export)</source>
      <translation>Mitel Administration &gt; Support &gt; Zoom &gt; Event History (Schaltfläche Export)</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Interface Configuration &gt; Core Realm Configuration &gt; Add</source>
      <translation>OpenScape SBC Management Portal &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Interface Configuration &gt; Core Realm Configuration &gt; Add</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Main IPv4</source>
      <translation>Main IPv4</translation>
    </message>
    <message>
      <source>Network ID</source>
      <translation>Network ID</translation>
    </message>
    <message>
      <source>Main-Core-IPv4</source>
      <translation>Main-Core-IPv4</translation>
    </message>
    <message>
      <source>IP address</source>
      <translation>IP address</translation>
    </message>
    <message>
      <source>{sbc_core_ip}</source>
      <translation>{sbc_core_ip}</translation>
    </message>
    <message>
      <source>Subnet mask</source>
      <translation>Subnet mask</translation>
    </message>
    <message>
      <source>{sbc_core_mask}</source>
      <translation>{sbc_core_mask}</translation>
    </message>
    <message>
      <source>Interface</source>
      <translation>Interface</translation>
    </message>
    <message>
      <source>eth0</source>
      <translation>eth0</translation>
    </message>
    <message>
      <source>Signaling / Media</source>
      <translation>Signaling / Media</translation>
    </message>
    <message>
      <source>both checked</source>
      <translation>beide aktiviert</translation>
    </message>
    <message>
      <source>SIP-UDP</source>
      <translation>SIP-UDP</translation>
    </message>
    <message>
      <source>5060</source>
      <translation>5060</translation>
    </message>
    <message>
      <source>SIP-TCP</source>
      <translation>SIP-TCP</translation>
    </message>
    <message>
      <source>5061</source>
      <translation>5061</translation>
    </message>
    <message>
      <source>Realm profile</source>
      <translation>Realm profile</translation>
    </message>
    <message>
      <source>Main-Core-Realm-ipv4: realm core, signaling and media network ID Main-Core-IPv4</source>
      <translation>Main-Core-Realm-ipv4: realm core, signaling and media network ID Main-Core-IPv4</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Access and Admin realm configuration &gt; Add</source>
      <translation>OpenScape SBC Management Portal &gt; Administration &gt; Network/Net Services &gt; Settings &gt; Access and Admin realm configuration &gt; Add</translation>
    </message>
    <message>
      <source>Main-Access-IPv4</source>
      <translation>Main-Access-IPv4</translation>
    </message>
    <message>
      <source>{sbc_access_ip}</source>
      <translation>{sbc_access_ip}</translation>
    </message>
    <message>
      <source>{sbc_access_mask}</source>
      <translation>{sbc_access_mask}</translation>
    </message>
    <message>
      <source>eth1</source>
      <translation>eth1</translation>
    </message>
    <message>
      <source>VLAN tag</source>
      <translation>VLAN tag</translation>
    </message>
    <message>
      <source>0</source>
      <translation>0</translation>
    </message>
    <message>
      <source>MOCP</source>
      <translation>MOCP</translation>
    </message>
    <message>
      <source>2727</source>
      <translation>2727</translation>
    </message>
    <message>
      <source>SIP server</source>
      <translation>SIP server</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Any</translation>
    </message>
    <message>
      <source>Message rate (Hz)</source>
      <translation>Message rate (Hz)</translation>
    </message>
    <message>
      <source>100</source>
      <translation>100</translation>
    </message>
    <message>
      <source>Trust level</source>
      <translation>Trust level</translation>
    </message>
    <message>
      <source>N/A</source>
      <translation>N/A</translation>
    </message>
    <message>
      <source>Signaling restriction</source>
      <translation>Signaling restriction</translation>
    </message>
    <message>
      <source>Unrestricted</source>
      <translation>Unrestricted</translation>
    </message>
    <message>
      <source>{sbc_sip_tls_port}</source>
      <translation>{sbc_sip_tls_port}</translation>
    </message>
    <message>
      <source>SIP-UDP / SIP-TCP</source>
      <translation>SIP-UDP / SIP-TCP</translation>
    </message>
    <message>
      <source>0 when nothing else needs them</source>
      <translation>0, wenn nichts anderes sie braucht</translation>
    </message>
    <message>
      <source>Main-Access-Realm-ipv4: realm access, signaling and media network ID Main-Access-IPv4</source>
      <translation>Main-Access-Realm-ipv4: realm access, signaling and media network ID Main-Access-IPv4</translation>
    </message>
    <message>
      <source>Network/Net Services &gt; Settings &gt; Routing &gt; Routing Configuration &gt; Add</source>
      <translation>Network/Net Services &gt; Settings &gt; Routing &gt; Routing Configuration &gt; Add</translation>
    </message>
    <message>
      <source>Default gateway</source>
      <translation>Default gateway</translation>
    </message>
    <message>
      <source>{sbc_gateway}</source>
      <translation>{sbc_gateway}</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Administration &gt; VoIP &gt; Sip Server Settings</source>
      <translation>OpenScape SBC Management Portal &gt; Administration &gt; VoIP &gt; Sip Server Settings</translation>
    </message>
    <message>
      <source>Comm System Type</source>
      <translation>Comm System Type</translation>
    </message>
    <message>
      <source>Clustered</source>
      <translation>Clustered</translation>
    </message>
    <message>
      <source>Group name</source>
      <translation>Group name</translation>
    </message>
    <message>
      <source>your choice (the guide gives none)</source>
      <translation>nach Wahl (der Leitfaden nennt keinen)</translation>
    </message>
    <message>
      <source>Node name</source>
      <translation>Node name</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Priority</translation>
    </message>
    <message>
      <source>IP Address or FQDN</source>
      <translation>IP Address or FQDN</translation>
    </message>
    <message>
      <source>{os4k_sip_address}</source>
      <translation>{os4k_sip_address}</translation>
    </message>
    <message>
      <source>Stick with CommServer</source>
      <translation>Stick with CommServer</translation>
    </message>
    <message>
      <source>enabled</source>
      <translation>aktiviert</translation>
    </message>
    <message>
      <source>Transport</source>
      <translation>Transport</translation>
    </message>
    <message>
      <source>TCP/TLS</source>
      <translation>TCP/TLS</translation>
    </message>
    <message>
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <source>5060/5061</source>
      <translation>5060/5061</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Security &gt; Denial of Service &gt; Dynamic Black List</source>
      <translation>OpenScape SBC Management Portal &gt; Security &gt; Denial of Service &gt; Dynamic Black List</translation>
    </message>
    <message>
      <source>Process initial registration</source>
      <translation>Process initial registration</translation>
    </message>
    <message>
      <source>checked</source>
      <translation>aktiviert</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Security &gt; General &gt; Certificates &gt; Certificate Management</source>
      <translation>OpenScape SBC Management Portal &gt; Security &gt; General &gt; Certificates &gt; Certificate Management</translation>
    </message>
    <message>
      <source>CA certificate</source>
      <translation>CA certificate</translation>
    </message>
    <message>
      <source>{sbc_ca_file}</source>
      <translation>{sbc_ca_file}</translation>
    </message>
    <message>
      <source>X.509 certificate</source>
      <translation>X.509 certificate</translation>
    </message>
    <message>
      <source>{sbc_cert_file}</source>
      <translation>{sbc_cert_file}</translation>
    </message>
    <message>
      <source>Key file</source>
      <translation>Key file</translation>
    </message>
    <message>
      <source>{sbc_key_file}</source>
      <translation>{sbc_key_file}</translation>
    </message>
    <message>
      <source>Certificate Management &gt; Certificate profiles &gt; Add</source>
      <translation>Certificate Management &gt; Certificate profiles &gt; Add</translation>
    </message>
    <message>
      <source>Certificate profile name</source>
      <translation>Certificate profile name</translation>
    </message>
    <message>
      <source>Zoom_BYOT</source>
      <translation>Zoom_BYOT</translation>
    </message>
    <message>
      <source>Certificate service</source>
      <translation>Certificate service</translation>
    </message>
    <message>
      <source>Local server certificate file</source>
      <translation>Local server certificate file</translation>
    </message>
    <message>
      <source>Local CA file</source>
      <translation>Local CA file</translation>
    </message>
    <message>
      <source>Local key file</source>
      <translation>Local key file</translation>
    </message>
    <message>
      <source>Certificate Verification</source>
      <translation>Certificate Verification</translation>
    </message>
    <message>
      <source>None</source>
      <translation>None</translation>
    </message>
    <message>
      <source>Minimum TLS version</source>
      <translation>Minimum TLS version</translation>
    </message>
    <message>
      <source>TLS V1.2</source>
      <translation>TLS V1.2</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Features</source>
      <translation>OpenScape SBC Management Portal &gt; Features</translation>
    </message>
    <message>
      <source>Enable Remote Subscribers</source>
      <translation>Enable Remote Subscribers</translation>
    </message>
    <message>
      <source>Enable Codec Support for transcoding</source>
      <translation>Enable Codec Support for transcoding</translation>
    </message>
    <message>
      <source>checked, Configure codecs</source>
      <translation>aktiviert, Configure codecs</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Subscribers &gt; Configure</source>
      <translation>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Subscribers &gt; Configure</translation>
    </message>
    <message>
      <source>Maximum registration expiry time (sec)</source>
      <translation>Maximum registration expiry time (sec)</translation>
    </message>
    <message>
      <source>2678400</source>
      <translation>2678400</translation>
    </message>
    <message>
      <source>Core realm profile</source>
      <translation>Core realm profile</translation>
    </message>
    <message>
      <source>Main-Core-Realm-ipv4</source>
      <translation>Main-Core-Realm-ipv4</translation>
    </message>
    <message>
      <source>Access realm profile</source>
      <translation>Access realm profile</translation>
    </message>
    <message>
      <source>Main-Access-Realm-ipv4</source>
      <translation>Main-Access-Realm-ipv4</translation>
    </message>
    <message>
      <source>Enable register throttling</source>
      <translation>Enable register throttling</translation>
    </message>
    <message>
      <source>Timer value towards subscriber - UDP (sec)</source>
      <translation>Timer value towards subscriber - UDP (sec)</translation>
    </message>
    <message>
      <source>60</source>
      <translation>60</translation>
    </message>
    <message>
      <source>Enable register throttling for TLS</source>
      <translation>Enable register throttling for TLS</translation>
    </message>
    <message>
      <source>Timer value towards subscriber (sec) TCP/TLS</source>
      <translation>Timer value towards subscriber (sec) TCP/TLS</translation>
    </message>
    <message>
      <source>Maximum throttling timer threshold (sec)</source>
      <translation>Maximum throttling timer threshold (sec)</translation>
    </message>
    <message>
      <source>1800</source>
      <translation>1800</translation>
    </message>
    <message>
      <source>Minimum registration interval (sec)</source>
      <translation>Minimum registration interval (sec)</translation>
    </message>
    <message>
      <source>300</source>
      <translation>300</translation>
    </message>
    <message>
      <source>Quarantine registration rate violators</source>
      <translation>Quarantine registration rate violators</translation>
    </message>
    <message>
      <source>unchecked</source>
      <translation>deaktiviert</translation>
    </message>
    <message>
      <source>Port Mapping TTL timer (hours)</source>
      <translation>Port Mapping TTL timer (hours)</translation>
    </message>
    <message>
      <source>2</source>
      <translation>2</translation>
    </message>
    <message>
      <source>Disable External Port Mapping</source>
      <translation>Disable External Port Mapping</translation>
    </message>
    <message>
      <source>INVITE No Answer timeout (msec)</source>
      <translation>INVITE No Answer timeout (msec)</translation>
    </message>
    <message>
      <source>360000</source>
      <translation>360000</translation>
    </message>
    <message>
      <source>INVITE No Reply timeout (msec)</source>
      <translation>INVITE No Reply timeout (msec)</translation>
    </message>
    <message>
      <source>3000</source>
      <translation>3000</translation>
    </message>
    <message>
      <source>Enable remap internal error code</source>
      <translation>Enable remap internal error code</translation>
    </message>
    <message>
      <source>unchecked (504)</source>
      <translation>deaktiviert (504)</translation>
    </message>
    <message>
      <source>Insert Location Header</source>
      <translation>Insert Location Header</translation>
    </message>
    <message>
      <source>Open external firewall pinhole</source>
      <translation>Open external firewall pinhole</translation>
    </message>
    <message>
      <source>Send RTP dummy packets</source>
      <translation>Send RTP dummy packets</translation>
    </message>
    <message>
      <source>Drop received RTP</source>
      <translation>Drop received RTP</translation>
    </message>
    <message>
      <source>Dummy RTP to Core side</source>
      <translation>Dummy RTP to Core side</translation>
    </message>
    <message>
      <source>Stream Delay (ms)</source>
      <translation>Stream Delay (ms)</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; VoIP &gt; Media &gt; Media Profiles &gt; Add</source>
      <translation>OpenScape SBC Management Portal &gt; VoIP &gt; Media &gt; Media Profiles &gt; Add</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>Zoom</translation>
    </message>
    <message>
      <source>Media protocol</source>
      <translation>Media protocol</translation>
    </message>
    <message>
      <source>SRTP only</source>
      <translation>SRTP only</translation>
    </message>
    <message>
      <source>SRTP configuration</source>
      <translation>SRTP configuration</translation>
    </message>
    <message>
      <source>SDES</source>
      <translation>SDES</translation>
    </message>
    <message>
      <source>Keep sendonly attribute on NAT</source>
      <translation>Keep sendonly attribute on NAT</translation>
    </message>
    <message>
      <source>off</source>
      <translation>aus</translation>
    </message>
    <message>
      <source>RTCP Mode</source>
      <translation>RTCP Mode</translation>
    </message>
    <message>
      <source>Bypass</source>
      <translation>Bypass</translation>
    </message>
    <message>
      <source>Allow unconfigured codecs</source>
      <translation>Allow unconfigured codecs</translation>
    </message>
    <message>
      <source>User agent</source>
      <translation>User agent</translation>
    </message>
    <message>
      <source>ZoomPbxPhone → media profile Zoom</source>
      <translation>ZoomPbxPhone → Medienprofil Zoom</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; VoIP &gt; Media</source>
      <translation>OpenScape SBC Management Portal &gt; VoIP &gt; Media</translation>
    </message>
    <message>
      <source>Media protocol (TLS)</source>
      <translation>Media protocol (TLS)</translation>
    </message>
    <message>
      <source>SRTP configuration (TLS)</source>
      <translation>SRTP configuration (TLS)</translation>
    </message>
    <message>
      <source>RTCP Mode (TLS)</source>
      <translation>RTCP Mode (TLS)</translation>
    </message>
    <message>
      <source>Media protocol (TCP)</source>
      <translation>Media protocol (TCP)</translation>
    </message>
    <message>
      <source>RTP only (default profile)</source>
      <translation>RTP only (Standardprofil)</translation>
    </message>
    <message>
      <source>ZoomPbxPhone</source>
      <translation>ZoomPbxPhone</translation>
    </message>
    <message>
      <source>Media</source>
      <translation>Medien</translation>
    </message>
    <message>
      <source>SRTP (RTP/SAVP), SDES a=crypto</source>
      <translation>SRTP (RTP/SAVP), SDES a=crypto</translation>
    </message>
    <message>
      <source>Codecs offered</source>
      <translation>Angebotene Codecs</translation>
    </message>
    <message>
      <source>PCMA, PCMU</source>
      <translation>PCMA, PCMU</translation>
    </message>
    <message>
      <source>Audio</source>
      <translation>Audio</translation>
    </message>
    <message>
      <source>a few seconds each way</source>
      <translation>einige Sekunden je Richtung</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Features &gt; Enable Push Notifications Service</source>
      <translation>OpenScape SBC Management Portal &gt; Features &gt; Enable Push Notifications Service</translation>
    </message>
    <message>
      <source>Enable Push Notifications Service</source>
      <translation>Enable Push Notifications Service</translation>
    </message>
    <message>
      <source>Mitel CloudLink &gt; OpenScape 4K &gt; System Settings</source>
      <translation>Mitel CloudLink &gt; OpenScape 4K &gt; System Settings</translation>
    </message>
    <message>
      <source>Call Geolocation (RFC 6442)</source>
      <translation>Call Geolocation (RFC 6442)</translation>
    </message>
    <message>
      <source>Send complete Geolocation in XML Geopriv PIDF-LO (emergency call)</source>
      <translation>Send complete Geolocation in XML Geopriv PIDF-LO (emergency call)</translation>
    </message>
    <message>
      <source>RedSky</source>
      <translation>RedSky</translation>
    </message>
    <message>
      <source>RTP only (as the provider requires)</source>
      <translation>RTP only (wie der Anbieter es verlangt)</translation>
    </message>
    <message>
      <source>off, when the provider fixes the codec</source>
      <translation>aus, wenn der Anbieter den Codec festlegt</translation>
    </message>
    <message>
      <source>Codec</source>
      <translation>Codec</translation>
    </message>
    <message>
      <source>G711U 8kHz - 64 kbps (US-NA) or G711A 8kHz - 64 kbps (Europe)</source>
      <translation>G711U 8kHz - 64 kbps (US-NA) oder G711A 8kHz - 64 kbps (Europe)</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Endpoints &gt; Configure &gt; SIP Service Provider Profile &gt; Add</source>
      <translation>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Endpoints &gt; Configure &gt; SIP Service Provider Profile &gt; Add</translation>
    </message>
    <message>
      <source>Enable SSP Privacy and Complementary Flags</source>
      <translation>Enable SSP Privacy and Complementary Flags</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Endpoints &gt; Configure &gt; Remote endpoint configuration &gt; Add</source>
      <translation>OpenScape SBC Management Portal &gt; Features &gt; Enable Remote Endpoints &gt; Configure &gt; Remote endpoint configuration &gt; Add</translation>
    </message>
    <message>
      <source>RedSky (a name no other remote endpoint has)</source>
      <translation>RedSky (ein Name, den kein anderer Remote-Endpunkt hat)</translation>
    </message>
    <message>
      <source>SSP</source>
      <translation>SSP</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profile</translation>
    </message>
    <message>
      <source>RedSky (the SSP profile of §10.3.2.1)</source>
      <translation>RedSky (das SSP-Profil aus §10.3.2.1)</translation>
    </message>
    <message>
      <source>Media Profile</source>
      <translation>Media Profile</translation>
    </message>
    <message>
      <source>RedSky (the media profile of §10.3.1)</source>
      <translation>RedSky (das Medienprofil aus §10.3.1)</translation>
    </message>
    <message>
      <source>Remote URL / port / transport</source>
      <translation>Remote URL / port / transport</translation>
    </message>
    <message>
      <source>as given by the provider</source>
      <translation>wie vom Anbieter vorgegeben</translation>
    </message>
    <message>
      <source>RedSky &gt; Configuration &gt; Network Discovery &gt; IP Ranges &gt; Add IP Range Mapping</source>
      <translation>RedSky &gt; Configuration &gt; Network Discovery &gt; IP Ranges &gt; Add IP Range Mapping</translation>
    </message>
    <message>
      <source>Fields</source>
      <translation>Fields</translation>
    </message>
    <message>
      <source>Range Start, Range End, Building, Location, Description</source>
      <translation>Range Start, Range End, Building, Location, Description</translation>
    </message>
    <message>
      <source>OpenScape 4000 &gt; Configuration &gt; Voice Gateway &gt; SIP Parameters &gt; SIP Transport Protocol</source>
      <translation>OpenScape 4000 &gt; Configuration &gt; Voice Gateway &gt; SIP Parameters &gt; SIP Transport Protocol</translation>
    </message>
    <message>
      <source>SIP via UDP</source>
      <translation>SIP via UDP</translation>
    </message>
    <message>
      <source>OpenScape SBC Management Portal (login)</source>
      <translation>OpenScape SBC Management Portal (Anmeldeseite)</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Benutzername</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <source>Must not work</source>
      <translation>Darf nicht funktionieren</translation>
    </message>
    <message>
      <source>the factory default password (guide appendix B)</source>
      <translation>das Standardpasswort ab Werk (Leitfaden Anhang B)</translation>
    </message>
    <message>
      <source>the server certificate chosen in §9.3</source>
      <translation>das in §9.3 gewählte Serverzertifikat</translation>
    </message>
    <message>
      <source>the key chosen in §9.3</source>
      <translation>der in §9.3 gewählte Schlüssel</translation>
    </message>
    <message>
      <source>the CA chain chosen in §9.3</source>
      <translation>die in §9.3 gewählte CA-Kette</translation>
    </message>
  </context>
</TS>
