"""Positive templates: CHSLD admission and waiting lists, agencies, foreign identifiers, odd placements."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_body import quote_intro
from gen_build import inner_eml
from gen_clin import COMORB, DX, FALLS, SOCIAL, meds, moca
from gen_common import CHSLDS, STAFF, fdate, fday
from gen_tpl import (ascii_fname, box, bye, ext_md, family_addr, future, hello, past, pick_staff, sig, who)

DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _admission_form(d, p, L, fw_ok=False):
    r = d.rng
    dx = r.pick(DX[L])
    d.t('diagnosis', 'social_information', 'medication', 'lab_result')
    prof = r.randrange(9, 14)
    if L == 'fr':
        return [('kv', d.idkv(p, fw_ok=fw_ok)), ('h', "Profil"),
                ('kv', [("Profil Iso-SMAF", str(prof)), ("Milieu actuel", r.pick(["domicile", "UCDG 4N", "RPA", "hôpital - NSA"])),
                        ("Choix de milieu", ', '.join(r.sample(CHSLDS, 2)))]),
                ('h', "Diagnostics"), ('list', [dx] + r.sample(COMORB[L], 2)),
                ('h', "Médication"), ('list', meds(r, L, 3)),
                ('h', "Situation psychosociale"), r.pick(SOCIAL[L]) + ". " + r.pick(SOCIAL[L]) + "."]
    return [('kv', d.idkv(p, fw_ok=fw_ok)), ('h', "Profile"),
            ('kv', [("Iso-SMAF profile", str(prof)), ("Current setting", r.pick(["home", "UCDG 4N", "seniors' residence", "hospital - ALC"])),
                    ("Preferred sites", ', '.join(r.sample(CHSLDS, 2)))]),
            ('h', "Diagnoses"), ('list', [dx] + r.sample(COMORB[L], 2)),
            ('h', "Medications"), ('list', meds(r, L, 3)),
            ('h', "Psychosocial situation"), r.pick(SOCIAL[L]) + ". " + r.pick(SOCIAL[L]) + "."]


def chsld_request(d, pool):
    """Long-term care (CHSLD) admission request sent to the access office."""
    r, L = d.rng, d.lang
    p = pool.holder()
    sw = pick_staff(r, r.pick(['sad', 'ucdg', 'memoire']), md=False)
    d.category = 'chsld_request'
    d.sender = who(sw)
    d.to = [box('mah', L)]
    form = _admission_form(d, p, L)
    where = r.pick(['body', 'pdf', 'docx'])
    if L == 'fr':
        d.subject = r.pick(["Demande d'hébergement CHSLD", "Demande MAH - priorité urgente", f"Hébergement - {p.surname.upper()} {p.given}"])
        intro = [hello(r, L), "Veuillez trouver la demande d'hébergement pour l'usager ci-dessous. L'évaluation OEMC est à jour."]
        title = "Demande d'hébergement en CHSLD"
    else:
        d.subject = r.pick(["CHSLD admission request", "LTC access request - urgent", f"LTC placement - {p.surname.upper()} {p.given}"])
        intro = [hello(r, L), "Please find the long-term care admission request for the client below. The OEMC assessment is up to date."]
        title = "CHSLD Admission Request"
    if where == 'body':
        d.blocks = intro + _admission_form(d, p, L, fw_ok=True) + [bye(r, L), sig(r, sw, L)]
    else:
        d.blocks = intro + [bye(r, L), sig(r, sw, L)]
        fn = f"{'Demande_hebergement' if L == 'fr' else 'LTC_request'}_{ascii_fname(p.surname)}"
        if where == 'pdf':
            d.attachments.append(('application/pdf', fn + '.pdf', make_pdf(title, form, sw.name(), compress=r.chance(0.6), lang=L)))
        else:
            d.attachments.append((DOCX_CT, fn + '.docx', make_docx(title, form, sw.name())))
    d.note = 'long-term care admission request'


def chsld_waitlist(d, pool):
    """CHSLD waiting list spreadsheet (names, DOB, NAM for listed holders, profile)."""
    r, L = d.rng, d.lang
    coord = [s for s in STAFF if s.service == 'mah']
    sender = r.pick(coord)
    d.category = 'waitlist'
    d.sender = who(sender)
    d.to = [who(pick_staff(r, 'chsld', md=False)), who(pick_staff(r, 'admin', md=False))]
    d.t('patient_name', 'date_of_birth', 'diagnosis', 'social_information', 'lab_result')
    head = ["Nom", "Prénom", "DDN", "Sexe", "NAM", "Iso-SMAF", "Milieu actuel", "Dx principal", "Jours d'attente"] if L == 'fr' else \
        ["Last name", "First name", "DOB", "Sex", "RAMQ", "Iso-SMAF", "Current setting", "Main dx", "Days waiting"]
    rows = []
    settings_fr = ["domicile seul(e)", "domicile avec conjoint épuisé", "UCDG - NSA", "RPA", "RI"]
    settings_en = ["home alone", "home, spouse exhausted", "UCDG - ALC", "seniors' residence", "intermediate resource"]
    for i in range(r.randrange(5, 8)):
        if r.chance(0.5):
            p = pool.holder()
            nam = d.nam(p, r.pick(['plain', 'space']))
        else:
            p = pool.invented()
            nam = ''
        d.checks.append(('name', p.surname))
        rows.append([p.surname, p.given, p.dob.isoformat(), p.sex, nam, r.randrange(9, 15),
                     r.pick(settings_fr if L == 'fr' else settings_en), r.pick(DX[L])[:40], r.randrange(12, 420)])
    if not any(row[4] for row in rows):
        p = pool.holder()
        rows[0] = [p.surname, p.given, p.dob.isoformat(), p.sex, d.nam(p, 'plain'), 12,
                   settings_fr[0] if L == 'fr' else settings_en[0], r.pick(DX[L])[:40], 88]
        d.checks.append(('name', p.surname))
    site = r.pick(CHSLDS)
    if L == 'fr':
        d.subject = f"Liste d'attente {site} - mise à jour"
        d.blocks = [hello(r, L), f"Voici la liste d'attente à jour pour le {site}. Trois usagers ont refusé une offre ce mois-ci.",
                    bye(r, L), sig(r, sender, L)]
        fn = f"Liste_attente_{ascii_fname(site).replace('-', '_')}_{d.when:%Y-%m}.xlsx"
    else:
        d.subject = f"{site} waiting list - update"
        d.blocks = [hello(r, L), f"Here is the updated waiting list for {site}. Three clients declined an offer this month.",
                    bye(r, L), sig(r, sender, L)]
        fn = f"Waitlist_{ascii_fname(site).replace('-', '_')}_{d.when:%Y-%m}.xlsx"
    d.attachments.append((XLSX_CT, fn, make_xlsx([("Liste" if L == 'fr' else "List", head, rows)], sender.name())))
    d.note = 'long-term care waiting list spreadsheet'


def chsld_offer(d, pool):
    """Bed offer to the family, with financial contribution info."""
    r, L = d.rng, d.lang
    p = pool.invented()
    coord = pick_staff(r, 'mah', md=False)
    rel = r.pick(['Sylvie', 'Daniel', 'Chantale', 'Michel', 'Lise'])
    d.category = 'chsld_offer'
    d.sender = who(coord)
    d.to = [(f"{rel} {p.surname}", family_addr(r, rel, p.surname))]
    d.t('social_information')
    site = r.pick(CHSLDS)
    nm = d.name(p, r.pick(['title_full', 'title_sur']))
    day = future(d, 2, 6)
    if L == 'fr':
        d.subject = f"Offre d'hébergement - {site}"
        d.blocks = [f"Bonjour {rel},", f"Tel que discuté au téléphone, une place est disponible pour {nm} au {site}, "
                    f"chambre privée. L'admission est prévue le {fday(day, L)}.",
                    "Si la famille refuse cette offre, la demande retourne au bas de la liste selon les règles du MAH.",
                    "La contribution mensuelle sera calculée par la RAMQ selon les revenus déclarés (formulaire d'exonération "
                    "joint si votre parent reçoit le Supplément de revenu garanti).", bye(r, L), sig(r, coord, L)]
    else:
        d.subject = f"Long-term care offer - {site}"
        d.blocks = [f"Hello {rel},", f"As discussed by phone, a bed is available for {nm} at {site}, private room. "
                    f"Admission is planned for {fday(day, L)}.",
                    "If the family declines this offer, the request returns to the end of the list under MAH rules.",
                    "The monthly contribution will be set by the RAMQ based on declared income (exemption form attached "
                    "if your parent receives the Guaranteed Income Supplement).", bye(r, L), sig(r, coord, L)]
    if r.chance(0.5):
        d.attachments.append(('application/pdf', 'Formulaire_exoneration_vierge.pdf' if L == 'fr' else 'exemption_form_blank.pdf',
                              make_pdf("Demande d'exonération - contribution" if L == 'fr' else "Contribution exemption request",
                                       [('kv', [("Nom", "______"), ("NAM", "____ ____ ____"), ("NAS", "___ ___ ___")])], 'RAMQ', lang=L)))
    d.note = 'bed offer to family'


def contribution_form(d, pool):
    """Income/contribution file with SIN for the adult-lodging contribution."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.5) else pool.invented()
    tech = [s for s in STAFF if s.role_en == 'administrative technician'][0]
    d.category = 'contribution'
    d.sender = who(tech)
    d.to = [("Contribution des adultes hébergés", "contribution.hebergement@ramq-dossiers.example")]
    d.t('social_information')
    income = r.randrange(19000, 31000)
    kv = (d.idkv(p, fw_ok=False, mrn=False) if p.nam else
          [("Nom" if L == 'fr' else "Name", d.name(p, 'upper_comma')), ("DDN" if L == 'fr' else "DOB", d.dob(p))])
    kv += [("NAS" if L == 'fr' else "SIN", d.sin(p, fw_ok=False)), ("CHSLD", r.pick(CHSLDS)),
           ("Revenu annuel" if L == 'fr' else "Annual income", f"{income:,} $".replace(",", " ") if L == 'fr' else f"${income:,}"),
           ("Sources" if L == 'fr' else "Sources", "PSV + SRG + RRQ" if L == 'fr' else "OAS + GIS + QPP")]
    if r.chance(0.5):
        kv.append(("Conjoint à domicile" if L == 'fr' else "Spouse at home", "oui" if L == 'fr' else "yes"))
    if L == 'fr':
        d.subject = r.pick(["Contribution - nouvel hébergé", "Dossier contribution adulte hébergé", "Calcul de contribution"])
        d.blocks = [hello(r, L), "Voici les renseignements pour le calcul de la contribution de l'usager admis le mois dernier.",
                    ('kv', kv), "Les avis de cotisation sont joints au dossier papier.", bye(r, L), sig(r, tech, L)]
    else:
        d.subject = r.pick(["Contribution - new resident", "Adult lodging contribution file", "Contribution calculation"])
        d.blocks = [hello(r, L), "Here is the information for the contribution calculation for the resident admitted last month.",
                    ('kv', kv), "Notices of assessment are in the paper file.", bye(r, L), sig(r, tech, L)]
    d.note = 'lodging contribution file with SIN and income'


def admission_zip(d, pool):
    """ZIP bundle of admission documents; file names carry the patient's name."""
    r, L = d.rng, d.lang
    p = pool.holder()
    sw = pick_staff(r, 'mah', md=False)
    d.category = 'admission_bundle'
    d.sender = who(sw)
    d.to = [who(pick_staff(r, 'chsld', md=False))]
    form = _admission_form(d, p, L)
    stem = f"{ascii_fname(p.surname.upper())}_{ascii_fname(p.given)}"
    pdf = make_pdf("Demande d'hébergement" if L == 'fr' else "Admission request", form, sw.name(), compress=True, lang=L)
    lv = make_docx("Niveau de soins" if L == 'fr' else "Level of care",
                   [("Niveau de soins : C - assurer le confort prioritairement; pas de RCR." if L == 'fr'
                     else "Level of care: C - comfort prioritized; no CPR."), f"{p.given} {p.surname} - {fdate(p.dob, L, 'iso')}"])
    mlist = make_csv(["medicament", "posologie"] if L == 'fr' else ["drug", "dose"],
                     [[m, ''] for m in meds(r, L, 4)], delim=';' if L == 'fr' else ',')
    members = [(f"{stem}/", b''), (f"{stem}/01_demande_{stem}.pdf", pdf), (f"{stem}/02_niveau_soins.docx", lv),
               (f"{stem}/03_medicaments.csv", mlist)]
    d.name(p, 'upper_comma')
    if L == 'fr':
        d.subject = "Dossier d'admission complet"
        d.blocks = [hello(r, L), f"Voici le dossier complet pour l'admission de lundi (chambre {r.randrange(101, 240)}).",
                    "Mot de passe habituel si votre antivirus bloque le zip.", bye(r, L), sig(r, sw, L)]
    else:
        d.subject = "Complete admission file"
        d.blocks = [hello(r, L), f"Here is the complete file for Monday's admission (room {r.randrange(101, 240)}).",
                    bye(r, L), sig(r, sw, L)]
    d.attachments.append(('application/zip', f"admission_{stem}.zip", make_zip(members)))
    d.note = 'zip bundle of admission documents'


def level_of_care(d, pool):
    """Level-of-care discussion note in a CHSLD."""
    r, L = d.rng, d.lang
    p = pool.invented()
    md = pick_staff(r, 'chsld', md=True)
    nurse = pick_staff(r, 'chsld', md=False)
    d.category = 'level_of_care'
    d.sender = who(md)
    d.to = [who(nurse)]
    d.t('diagnosis', 'mrn')
    ref = f"{d.name(p, r.pick(['title_sur', 'upper_comma', 'full']))} (ch. {r.randrange(101, 240)}, dossier {d.mrn(p)})" if L == 'fr' else \
        f"{d.name(p, r.pick(['title_sur', 'upper_comma', 'full']))} (room {r.randrange(101, 240)}, chart {d.mrn(p)})"
    if L == 'fr':
        d.subject = "Niveau de soins - mise à jour"
        d.blocks = [f"{nurse.given},", f"Rencontre faite avec la famille de {ref}. Vu la progression de la démence (stade sévère, "
                    "dysphagie, perte de 8 kg), niveau de soins modifié de B à D : soins de confort, pas de transfert en CH sauf "
                    "fracture. Formulaire signé au dossier.", md.titled(L)]
    else:
        d.subject = "Level of care - update"
        d.blocks = [f"{nurse.given},", f"Met with the family of {ref}. Given progression of dementia (severe stage, dysphagia, "
                    "8 kg weight loss), level of care changed from B to D: comfort care, no hospital transfer except for "
                    "fracture. Signed form in chart.", md.titled(L)]
    d.note = 'level of care update in long-term care'


def elder_abuse(d, pool):
    """Report to the elder-abuse coordinator (maltraitance)."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, r.pick(['sad', 'memoire']), md=False)
    d.category = 'elder_abuse'
    d.sender = who(sw)
    d.to = [("Coordination maltraitance" if L == 'fr' else "Elder abuse coordinator", f"maltraitance@{box('admin', L)[1].split('@')[1]}")]
    d.hints['importance'] = True
    d.t('social_information', 'diagnosis')
    nm = d.name(p, r.pick(['upper_comma', 'full', 'title_full']))
    adr = d.addr(p) if r.chance(0.7) else None
    if L == 'fr':
        d.subject = r.pick(["Signalement - situation de maltraitance", "Confidentiel - maltraitance financière", "Processus d'intervention concerté"])
        d.blocks = [hello(r, L), f"Je vous signale la situation de {nm}" + (f", {adr}" if adr else '') + ".",
                    "TNC modéré. Le petit-fils, qui habite chez elle/lui depuis l'automne, retire de l'argent chaque semaine "
                    "(environ 1 800 $ en 2 mois) et l'empêche de recevoir les visites de l'auxiliaire. Ecchymoses aux avant-bras "
                    "constatées lundi.", "Je demande l'ouverture d'un processus d'intervention concerté (PIC).", bye(r, L), sig(r, sw, L, True)]
    else:
        d.subject = r.pick(["Report - elder abuse situation", "Confidential - financial abuse", "Concerted intervention request"])
        d.blocks = [hello(r, L), f"I'm reporting the situation of {nm}" + (f", {adr}" if adr else '') + ".",
                    "Moderate dementia. The grandson, living in the home since the fall, withdraws money every week (about "
                    "$1,800 in 2 months) and prevents the home care aide from visiting. Bruises on both forearms noted Monday.",
                    "I am requesting a concerted intervention process.", bye(r, L), sig(r, sw, L, True)]
    d.note = 'elder abuse report to coordinator'


def protection_mandate(d, pool):
    """Psychosocial assessment for homologation of a protection mandate."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.5) else pool.invented()
    sw = pick_staff(r, 'memoire', md=False)
    d.category = 'protection_mandate'
    d.sender = who(sw)
    d.to = [("Me Geneviève Ouimet, notaire" if L == 'fr' else "Geneviève Ouimet, notary", "gouimet@notaires-ouimet.example")]
    d.t('social_information', 'diagnosis', 'lab_result')
    ident = d.idline(p, fw_ok=True) if p.nam else f"{d.name(p, 'full')}, {('né(e) le ' if L == 'fr' else 'born ')}{d.dob(p)}"
    mo = moca(r, L)[1]
    if L == 'fr':
        d.subject = "Évaluation psychosociale - homologation du mandat de protection"
        d.blocks = ["Maître,", f"Concernant : {ident}", f"Évaluation médicale : {r.pick(DX[L])}, {mo}. Inaptitude à gérer ses biens "
                    "constatée; inaptitude partielle pour la personne.", f"Contexte : {r.pick(SOCIAL[L])}.",
                    "Mon rapport d'évaluation psychosociale suivra par la poste. Le mandataire désigné est le fils aîné.",
                    bye(r, L), sig(r, sw, L, True)]
    else:
        d.subject = "Psychosocial assessment - homologation of protection mandate"
        d.blocks = ["Dear Counsel,", f"Re: {ident}", f"Medical assessment: {r.pick(DX[L])}, {mo}. Incapable of administering property; "
                    "partially incapable regarding the person.", f"Context: {r.pick(SOCIAL[L])}.",
                    "My psychosocial report will follow by mail. The designated mandatary is the eldest son.", bye(r, L), sig(r, sw, L, True)]
    d.note = 'psychosocial assessment for protection mandate'


def ontario_transfer(d, pool):
    """Snowbird patient: records from an Ontario hospital with the OHIP number."""
    r, L = d.rng, d.lang
    p = pool.invented()
    d.category = 'interprovincial_transfer'
    d.sender = ("Health Records - Lakeshore Regional Health Centre", "healthrecords@lakeshore-rhc.example")
    d.to = [box('ucdg', L)]
    d.t('diagnosis', 'medication', 'date_of_birth')
    nm = d.name(p, r.pick(['upper_comma', 'full', 'sur_comma']))
    hc = d.ohip(p)
    dob = d.dob(p, r.pick(['iso', 'long', 'us']))
    if L == 'fr':
        d.subject = "Transfert de dossier - patient de l'Ontario"
        d.blocks = ["Bonjour,", f"Suite à votre demande, voici le résumé pour {nm}, DDN {dob}, carte Santé Ontario {hc}.",
                    f"Hospitalisé(e) du {fdate(past(d, 30, 60), L)} au {fdate(past(d, 10, 25), L)} : fracture de la hanche droite "
                    "(ORIF), délirium postopératoire. Congé sous apixaban 2,5 mg BID et acétaminophène.",
                    "Le dossier complet suivra via le portail sécurisé.", "Health Records / Archives médicales",
                    "Lakeshore Regional Health Centre, Tel. 705-555-0187"]
    else:
        d.subject = "Records transfer - Ontario patient"
        d.blocks = ["Hello,", f"Further to your request, here is the summary for {nm}, DOB {dob}, Ontario health card {hc}.",
                    f"Admitted {fdate(past(d, 30, 60), L)} to {fdate(past(d, 10, 25), L)}: right hip fracture (ORIF), post-op delirium. "
                    "Discharged on apixaban 2.5 mg BID and acetaminophen.", "The full chart will follow through the secure portal.",
                    "Health Records", "Lakeshore Regional Health Centre, Tel. 705-555-0187"]
    d.note = 'records transfer from Ontario hospital'


def belgian_records(d, pool):
    """Request to a Belgian hospital for prior records (NISS)."""
    r, L = d.rng, d.lang
    p = pool.invented()
    ger = pick_staff(r, 'memoire', md=True)
    d.category = 'records_request'
    d.sender = who(ger)
    d.to = [("Service des archives - Clinique Saint-Rémy", "archives@clinique-stremy.example")]
    d.t('diagnosis', 'date_of_birth')
    nm = d.name(p, r.pick(['upper_comma', 'full', 'upper_all']))
    if L == 'fr':
        d.subject = "Demande de dossier médical antérieur"
        d.blocks = ["Madame, Monsieur,", f"Nous suivons à notre clinique de mémoire {nm}, né(e) le {d.dob(p, 'slash')}, "
                    f"numéro de registre national {d.niss(p)}, installé(e) au Québec chez sa fille depuis 2023.",
                    "Pourriez-vous nous transmettre les comptes rendus de neurologie et l'IRM de 2021 (suspicion de maladie "
                    "à corps de Lewy)? Le consentement signé est joint.", "Avec nos remerciements,", sig(r, ger, L, True)]
    else:
        d.subject = "Request for prior medical records"
        d.blocks = ["Dear colleagues,", f"Our memory clinic follows {nm}, born {d.dob(p, 'slash')}, Belgian national number "
                    f"{d.niss(p)}, who moved to Quebec to live with a daughter in 2023.",
                    "Could you send the neurology reports and the 2021 MRI (suspected Lewy body dementia)? Signed consent attached.",
                    "With thanks,", sig(r, ger, L, True)]
    d.attachments.append(('application/pdf', 'consentement_signe.pdf' if L == 'fr' else 'signed_consent.pdf',
                          make_pdf("Autorisation de communiquer des renseignements" if L == 'fr' else "Authorization to release information",
                                   [f"{p.given} {p.surname}", "Signature : ______________"], ger.name(), lang=L)))
    d.note = 'records request to Belgian hospital'


def french_records(d, pool):
    """French-born patient: NIR in a letter to a French pension / health fund or hospital."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, r.pick(['mah', 'memoire']), md=False)
    d.category = 'records_request'
    d.sender = who(sw)
    d.to = [("CPAM - relations internationales", "international@cpam-exemple.example")]
    d.t('social_information', 'date_of_birth')
    nm = d.name(p, r.pick(['upper_comma', 'title_full', 'upper_all']))
    dx = r.chance(0.6)
    if L == 'fr':
        d.subject = "Assuré(e) résidant au Québec - demande d'attestation"
        d.blocks = ["Madame, Monsieur,", f"Nous accompagnons {nm}, né(e) le {d.dob(p, 'slash')}, NIR {d.nir(p)}, "
                    "dans une demande d'hébergement en soins de longue durée au Québec.",
                    "Merci de nous faire parvenir l'attestation de droits et le relevé de pension de réversion, nécessaires "
                    "au calcul de sa contribution."]
        if dx:
            d.blocks.append("Précision : l'usager(ère) présente un trouble neurocognitif majeur et ne peut signer seul(e); "
                            "la procuration est jointe.")
        d.blocks += ["Cordialement,", sig(r, sw, L)]
    else:
        d.subject = "Insured person living in Quebec - request for certificate"
        d.blocks = ["Dear Sir or Madam,", f"We are assisting {nm}, born {d.dob(p, 'slash')}, French social security number "
                    f"{d.nir(p)}, with a long-term care application in Quebec.",
                    "Please send the certificate of entitlement and the survivor's pension statement required to calculate "
                    "the care contribution."]
        if dx:
            d.blocks.append("Note: the client has a major neurocognitive disorder and cannot sign alone; power of attorney attached.")
        d.blocks += ["Regards,", sig(r, sw, L)]
    if dx:
        d.t('diagnosis')
    d.note = 'letter to French health fund with NIR'


def gis_letter(d, pool):
    """Income support (GIS / Guaranteed Income Supplement) help letter with SIN."""
    r, L = d.rng, d.lang
    p = pool.invented()
    sw = pick_staff(r, 'sad', md=False)
    d.category = 'income_support'
    d.sender = who(sw)
    d.to = [("Service Canada - Sécurité de la vieillesse" if L == 'fr' else "Service Canada - Old Age Security", "sv-oas@servicecanada-dossiers.example")]
    d.t('social_information')
    nm = d.name(p, r.pick(['upper_comma', 'full']))
    if L == 'fr':
        d.subject = "Demande de révision SRG - usager vulnérable"
        d.blocks = ["Bonjour,", f"Je soutiens {nm}, NAS {d.sin(p)}, dans sa demande de Supplément de revenu garanti. "
                    "Depuis le décès du conjoint en janvier, son revenu se limite à la PSV et l'usager(ère) risque de perdre son logement.",
                    f"Adresse : {d.addr(p)}.", "Pouvez-vous traiter la demande en priorité? Merci.", sig(r, sw, L, True)]
    else:
        d.subject = "GIS review request - vulnerable client"
        d.blocks = ["Hello,", f"I am helping {nm}, SIN {d.sin(p)}, with a Guaranteed Income Supplement application. Since the spouse "
                    "died in January, income is limited to OAS and the client is at risk of losing the apartment.",
                    f"Address: {d.addr(p)}.", "Could this be processed as a priority? Thank you.", sig(r, sw, L, True)]
    d.note = 'income support request with SIN'


def subject_only(d, pool):
    """Patient named only in the Subject; clinical detail in the body."""
    r, L = d.rng, d.lang
    p = pool.invented()
    a = pick_staff(r, r.pick(['chsld', 'ucdg', 'hjg']), md=False)
    b = pick_staff(r, a.service, md=True)
    d.category = 'quick_note'
    d.sender = who(a)
    d.to = [who(b)]
    nm = d.name(p, r.pick(['title_sur', 'upper_sur', 'sur_init', 'lower', 'title_full']))
    d.t('diagnosis')
    if L == 'fr':
        d.subject = r.pick([f"{nm} - chute ce matin", f"Re: {nm}", f"{nm} : agitation la nuit"])
        d.blocks = [r.pick(["Trouvé(e) au sol à 6 h, pas de perte de conscience. Douleur hanche D, rotation externe. On demande la radio?",
                            "Encore agité(e) cette nuit, a frappé la préposée. Le Seroquel PRN n'a rien donné. On peut en parler à la tournée?",
                            "Radio : pas de fracture. Surveillance neuro q 4 h x 24 h, on garde sous anticoagulant?"]), a.given]
    else:
        d.subject = r.pick([f"{nm} - fall this morning", f"Re: {nm}", f"{nm}: agitated overnight"])
        d.blocks = [r.pick(["Found on the floor at 6 a.m., no LOC. R hip pain, externally rotated. X-ray?",
                            "Agitated again last night, hit the attendant. PRN Seroquel didn't help. Discuss at rounds?",
                            "X-ray: no fracture. Neuro checks q4h x 24h; keep the anticoagulant?"]), a.given]
    if 'Seroquel' in d.blocks[0] or 'anticoag' in d.blocks[0]:
        d.t('medication')
    if 'Radio :' in d.blocks[0] or 'X-ray:' in d.blocks[0]:
        d.t('lab_result')
    d.reply = d.subject.startswith('Re')
    d.note = 'short note, patient named in subject only'


def quoted_only(d, pool):
    """Short reply; the patient details are only in the quoted message below."""
    r, L = d.rng, d.lang
    p = pool.holder() if r.chance(0.4) else pool.invented()
    a = pick_staff(r, r.pick(['memoire', 'hjg', 'chutes']))
    b = pick_staff(r, a.service, exclude=(a,))
    d.category = 'reply_quoted'
    d.sender = who(a)
    d.to = [who(b)]
    d.reply = True
    d.t('diagnosis')
    inner = []
    if p.nam:
        inner.append(d.idline(p))
    else:
        inner.append(f"{d.name(p, r.pick(['upper_comma', 'full']))} - {d.mrn(p)}")
    if L == 'fr':
        fl = r.pick(FALLS[L])
        if 'radiographie' in fl:
            d.t('lab_result')
        inner += [f"{fl}. Aussi {r.pick(DX[L])}.", "Peux-tu la/le voir avant le congé vendredi?", b.given]
        d.subject = "RE: " + r.pick(["à voir avant vendredi", "consultation", "demande de consult"])
        d.blocks = [r.pick(["Oui, je passe demain matin.", "Ok, c'est noté.", "Parfait, merci. Je m'en occupe."]), a.given,
                    ('quote', quote_intro(r, L, b.name(), d.when - datetime.timedelta(hours=r.randrange(1, 30))), inner)]
    else:
        fl = r.pick(FALLS[L])
        if 'X-ray' in fl:
            d.t('lab_result')
        inner += [f"{fl}. Also {r.pick(DX[L])}.", "Can you see them before Friday's discharge?", b.given]
        d.subject = "RE: " + r.pick(["to see before Friday", "consult", "consult request"])
        d.blocks = [r.pick(["Yes, I'll drop by tomorrow morning.", "Ok, noted.", "Perfect, thanks. On it."]), a.given,
                    ('quote', quote_intro(r, L, b.name(), d.when - datetime.timedelta(hours=r.randrange(1, 30))), inner)]
    d.hints['fmt'] = r.pick(['plain', 'alt', 'html'])
    d.note = 'short reply, patient data only in quoted text'


def attached_eml(d, pool):
    """Forward as attachment (message/rfc822) of a colleague's note."""
    r, L = d.rng, d.lang
    p = pool.invented()
    a = pick_staff(r, r.pick(['hjg', 'memoire', 'sad']))
    b = pick_staff(r, 'mah')
    c = pick_staff(r, a.service, exclude=(a,))
    d.category = 'forward_attachment'
    d.sender = who(a)
    d.to = [who(b)]
    d.t('diagnosis', 'social_information')
    nm = d.name(p, r.pick(['full', 'upper_comma', 'title_full']))
    soc = r.pick(SOCIAL[L])
    if L == 'fr':
        txt = (f"Bonjour {a.given},\n\nJ'ai vu {nm} à domicile hier. {r.pick(DX[L]).capitalize()}. {soc[0].upper() + soc[1:]}.\n"
               f"Le maintien à domicile n'est plus sécuritaire, je recommande une demande d'hébergement.\n\n{c.name()}\n")
        inner_subj = f"Visite à domicile {p.surname}"
        d.subject = "TR: visite à domicile"
        d.blocks = [hello(r, L, b.given), "Je te transfère la note de ma collègue pour appuyer la demande d'hébergement.", bye(r, L), a.name()]
    else:
        txt = (f"Hi {a.given},\n\nI saw {nm} at home yesterday. {r.pick(DX[L]).capitalize()}. {soc[0].upper() + soc[1:]}.\n"
               f"Staying at home is no longer safe; I recommend a long-term care application.\n\n{c.name()}\n")
        inner_subj = f"Home visit {p.surname}"
        d.subject = "FW: home visit"
        d.blocks = [hello(r, L, b.given), "Forwarding my colleague's note to support the long-term care request.", bye(r, L), a.name()]
    eml = inner_eml(r, who(c), [who(a)], inner_subj, d.when - datetime.timedelta(days=1), txt, L,
                    charset=r.pick(['utf-8', 'iso-8859-1']))
    d.attachments.append(('message/rfc822', f"{inner_subj}.eml" if r.chance(0.5) else None, eml))
    d.note = 'forward as attachment of a home visit note'
