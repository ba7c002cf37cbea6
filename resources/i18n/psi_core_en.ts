<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>findings</name>
    <message numerus="yes">
      <source>Station {stno} is a desk/client configuration (REG-SBCSU shows {count} devices): it is not offered for provisioning (guide §2.2); its associated devices can still be used.</source>
      <translation>
        <numerusform>Station {stno} is a desk/client configuration (REG-SBCSU shows {count} device): it is not offered for provisioning (guide §2.2); its associated devices can still be used.</numerusform>
        <numerusform>Station {stno} is a desk/client configuration (REG-SBCSU shows {count} devices): it is not offered for provisioning (guide §2.2); its associated devices can still be used.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Audio arrived both ways but none could be decrypted ({count} packets failed SRTP authentication): the SBC does not use the keys of the a=crypto lines.</source>
      <translation>
        <numerusform>Audio arrived both ways but none could be decrypted ({count} packet failed SRTP authentication): the SBC does not use the keys of the a=crypto lines.</numerusform>
        <numerusform>Audio arrived both ways but none could be decrypted ({count} packets failed SRTP authentication): the SBC does not use the keys of the a=crypto lines.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} packets from {source} to {target} failed SRTP authentication.</source>
      <translation>
        <numerusform>{count} packet from {source} to {target} failed SRTP authentication.</numerusform>
        <numerusform>{count} packets from {source} to {target} failed SRTP authentication.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} selected people cannot be provisioned ({people}…)</source>
      <translation>
        <numerusform>{count} selected person cannot be provisioned ({people}…)</numerusform>
        <numerusform>{count} selected people cannot be provisioned ({people}…)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{email} is on {count} Zoom users.</source>
      <translation>
        <numerusform>{email} is on {count} Zoom user.</numerusform>
        <numerusform>{email} is on {count} Zoom users.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} problem(s) in the wave, first: {first}</source>
      <translation>
        <numerusform>{count} problem in the wave, first: {first}</numerusform>
        <numerusform>{count} problems in the wave, first: {first}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} of the wave's people are not through this step yet: {names}</source>
      <translation>
        <numerusform>{count} of the wave's people is not through this step yet: {names}</numerusform>
        <numerusform>{count} of the wave's people are not through this step yet: {names}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Station {stno} of {email} is a desk/client configuration (REG-SBCSU shows {count} devices), which is not offered for provisioning (guide §2.2).</source>
      <translation>
        <numerusform>Station {stno} of {email} is a desk/client configuration (REG-SBCSU shows {count} device), which is not offered for provisioning (guide §2.2).</numerusform>
        <numerusform>Station {stno} of {email} is a desk/client configuration (REG-SBCSU shows {count} devices), which is not offered for provisioning (guide §2.2).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{src} has {count} users; a Zoom import file takes at most {limit}.</source>
      <translation>
        <numerusform>{src} has {count} user; a Zoom import file takes at most {limit}.</numerusform>
        <numerusform>{src} has {count} users; a Zoom import file takes at most {limit}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} warning(s)</source>
      <translation>
        <numerusform>{count} warning</numerusform>
        <numerusform>{count} warnings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>re-checked {day}: {count} drift(s)</source>
      <translation>
        <numerusform>re-checked {day}: {count} drift</numerusform>
        <numerusform>re-checked {day}: {count} drifts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>certificate {count} day(s) left</source>
      <translation>
        <numerusform>certificate {count} day left</numerusform>
        <numerusform>certificate {count} days left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} round(s) of at most 50</source>
      <translation>
        <numerusform>{count} round of at most 50</numerusform>
        <numerusform>{count} rounds of at most 50</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>round {number} has nobody to add now: {count} of its people have not activated their Zoom account yet</source>
      <translation>
        <numerusform>round {number} has nobody to add now: {count} of its people has not activated their Zoom account yet</numerusform>
        <numerusform>round {number} has nobody to add now: {count} of its people have not activated their Zoom account yet</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>no Assistant import file was saved in this wave for the {count} people ready</source>
      <translation>
        <numerusform>no Assistant import file was saved in this wave for the {count} person ready</numerusform>
        <numerusform>no Assistant import file was saved in this wave for the {count} people ready</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people imported into the Assistant another way, in the engineer's words: {note}</source>
      <translation>
        <numerusform>{count} person imported into the Assistant another way, in the engineer's words: {note}</numerusform>
        <numerusform>{count} people imported into the Assistant another way, in the engineer's words: {note}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Assistant: import the file for {count} people, run Update all, then confirm</source>
      <translation>
        <numerusform>Assistant: import the file for {count} person, run Update all, then confirm</numerusform>
        <numerusform>Assistant: import the file for {count} people, run Update all, then confirm</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people wait for CloudLink to hand Zoom their SIP credentials: check the Assistant's Update / Data synchronisation, then resume</source>
      <translation>
        <numerusform>{count} person waits for CloudLink to hand Zoom their SIP credentials: check the Assistant's Update / Data synchronisation, then resume</numerusform>
        <numerusform>{count} people wait for CloudLink to hand Zoom their SIP credentials: check the Assistant's Update / Data synchronisation, then resume</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} change(s) failed: each person's row says the fix; resume once fixed</source>
      <translation>
        <numerusform>{count} change failed: each person's row says the fix; resume once fixed</numerusform>
        <numerusform>{count} changes failed: each person's row says the fix; resume once fixed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people have not activated their Zoom account ({people}): ask them, then resume</source>
      <translation>
        <numerusform>{count} person has not activated their Zoom account ({people}): ask them, then resume</numerusform>
        <numerusform>{count} people have not activated their Zoom account ({people}): ask them, then resume</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people's Zoom invitations expired ({people}): resume, and the wave invites them again, once each</source>
      <translation>
        <numerusform>{count} person's Zoom invitation expired ({people}): resume, and the wave invites them again, once</numerusform>
        <numerusform>{count} people's Zoom invitations expired ({people}): resume, and the wave invites them again, once each</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people's Zoom invitations expired and are not the wave's to send again ({people}): invite them in the Zoom portal (User Management &gt; Users &gt; Pending), then resume</source>
      <translation>
        <numerusform>{count} person's Zoom invitation expired and is not the wave's to send again ({people}): invite them in the Zoom portal (User Management &gt; Users &gt; Pending), then resume</numerusform>
        <numerusform>{count} people's Zoom invitations expired and are not the wave's to send again ({people}): invite them in the Zoom portal (User Management &gt; Users &gt; Pending), then resume</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{count} people have a Zoom user in another Zoom account ({people}): each row says how to bring them into this one; resume once done</source>
      <translation>
        <numerusform>{count} person has a Zoom user in another Zoom account ({people}): the row says how to bring them into this one; resume once done</numerusform>
        <numerusform>{count} people have a Zoom user in another Zoom account ({people}): each row says how to bring them into this one; resume once done</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>portal round {number}: tick {count} people in Integrated users &gt; Add users, then confirm the round</source>
      <translation>
        <numerusform>portal round {number}: tick {count} person in Integrated users &gt; Add users, then confirm the round</numerusform>
        <numerusform>portal round {number}: tick {count} people in Integrated users &gt; Add users, then confirm the round</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Zoom account {zoom}: remove the invitations still pending among the {count} people the wave invited (people who accepted are kept)</source>
      <translation>
        <numerusform>Zoom account {zoom}: remove the invitation of the {count} person the wave invited if it is still pending (a person who accepted is kept)</numerusform>
        <numerusform>Zoom account {zoom}: remove the invitations still pending among the {count} people the wave invited (people who accepted are kept)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>OS4K at {host}, system number {number}: {count} AMO(s) to put back what REG- showed before the wave</source>
      <translation>
        <numerusform>OS4K at {host}, system number {number}: {count} AMO to put back what REG- showed before the wave</numerusform>
        <numerusform>OS4K at {host}, system number {number}: {count} AMOs to put back what REG- showed before the wave</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Zoom portal: remove {count} integrated user(s) (Phone System Integration &gt; Integrated users)</source>
      <translation>
        <numerusform>by hand in the Zoom portal: remove {count} integrated user (Phone System Integration &gt; Integrated users)</numerusform>
        <numerusform>by hand in the Zoom portal: remove {count} integrated users (Phone System Integration &gt; Integrated users)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Assistant: delete {count} user(s) (Zoom PSI &gt; Data operations &gt; User data)</source>
      <translation>
        <numerusform>by hand in the Assistant: delete {count} user (Zoom PSI &gt; Data operations &gt; User data)</numerusform>
        <numerusform>by hand in the Assistant: delete {count} users (Zoom PSI &gt; Data operations &gt; User data)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Zoom account {zoom}: {count} invitation(s); Zoom emails each person, who must accept it</source>
      <translation>
        <numerusform>Zoom account {zoom}: {count} invitation; Zoom emails each person, who must accept it</numerusform>
        <numerusform>Zoom account {zoom}: {count} invitations; Zoom emails each person, who must accept it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>OS4K at {host}, system number {number}: {count} AMO(s), each journaled before it is sent</source>
      <translation>
        <numerusform>OS4K at {host}, system number {number}: {count} AMO, each journaled before it is sent</numerusform>
        <numerusform>OS4K at {host}, system number {number}: {count} AMOs, each journaled before it is sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>left out: {count} of the people chosen, whom the last read-back found integrated ({people}); the wave changes nothing for them</source>
      <translation>
        <numerusform>left out: {count} of the people chosen, whom the last read-back found integrated ({people}); the wave changes nothing for them</numerusform>
        <numerusform>left out: {count} of the people chosen, whom the last read-back found integrated ({people}); the wave changes nothing for them</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Zoom portal: {count} round(s) of at most 50 in Integrated users &gt; Add users; the wave shows each list and waits for your word</source>
      <translation>
        <numerusform>by hand in the Zoom portal: {count} round of at most 50 in Integrated users &gt; Add users; the wave shows each list and waits for your word</numerusform>
        <numerusform>by hand in the Zoom portal: {count} rounds of at most 50 in Integrated users &gt; Add users; the wave shows each list and waits for your word</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>by hand in the Assistant: import {count} user(s) and Update all; the wave never writes SIP credentials to Zoom</source>
      <translation>
        <numerusform>by hand in the Assistant: import {count} user and Update all; the wave never writes SIP credentials to Zoom</numerusform>
        <numerusform>by hand in the Assistant: import {count} users and Update all; the wave never writes SIP credentials to Zoom</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) have none, so the wave gives each one: {stations}</source>
      <translation>
        <numerusform>digest passwords: {count} station has none, so the wave gives it one: {stations}</numerusform>
        <numerusform>digest passwords: {count} stations have none, so the wave gives each one: {stations}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) were not read with REG-, so the wave gives each a new one, in place of any it has: {stations}; read the OS4K itself to keep the ones that exist</source>
      <translation>
        <numerusform>digest passwords: {count} station was not read with REG-, so the wave gives it a new one, in place of any it has: {stations}; read the OS4K itself to keep the one that exists</numerusform>
        <numerusform>digest passwords: {count} stations were not read with REG-, so the wave gives each a new one, in place of any it has: {stations}; read the OS4K itself to keep the ones that exist</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) get a new one in place of their own, as you chose: {stations}; a device registered on one of them stops working until it is set up again with the new password</source>
      <translation>
        <numerusform>digest passwords: {count} station gets a new one in place of its own, as you chose: {stations}; a device registered on it stops working until it is set up again with the new password</numerusform>
        <numerusform>digest passwords: {count} stations get a new one in place of their own, as you chose: {stations}; a device registered on one of them stops working until it is set up again with the new password</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>digest passwords: {count} station(s) keep their own; the Assistant hands it to Zoom as it is</source>
      <translation>
        <numerusform>digest passwords: {count} station keeps its own; the Assistant hands it to Zoom as it is</numerusform>
        <numerusform>digest passwords: {count} stations keep their own; the Assistant hands it to Zoom as it is</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not text ({count})</source>
      <translation>
        <numerusform>{table}.{column} holds values that are not text ({count})</numerusform>
        <numerusform>{table}.{column} holds values that are not text ({count})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not whole numbers ({count})</source>
      <translation>
        <numerusform>{table}.{column} holds values that are not whole numbers ({count})</numerusform>
        <numerusform>{table}.{column} holds values that are not whole numbers ({count})</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{table}.{column} holds values that are not binary data ({count})</source>
      <translation>
        <numerusform>{table}.{column} holds values that are not binary data ({count})</numerusform>
        <numerusform>{table}.{column} holds values that are not binary data ({count})</numerusform>
      </translation>
    </message>
  </context>
</TS>
