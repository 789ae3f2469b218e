"""Positive templates, part C: sedation, oxygen, replies with quoted text, forwarded messages,
vCards, ZIPs, paediatric palliative care, name only in the Subject or only in a file name."""
import datetime as dt

import gen_common as C
from gen_tpl import (Spec, docx_att, eml_att, fwd_header, hello, nam_block, outlook_header, pair, pdf_att, quote_intro,
                     quoted, safe, thanks, vcf_att, zip_att)
import gen_attach as A

PN, DOB, NAM, MRN, DX, MED, LAB, CONT, SOC = ("patient_name", "date_of_birth", "ramq_nam", "mrn", "diagnosis",
                                               "medication", "lab_result", "patient_contact",
                                               "social_information")


def sedation(c):
    md = c.staff("md")
    team = [c.staff("nurse"), c.staff("pharm")]
    p = c.patient(adult=True, nam=c.chance(0.65))
    types = {PN, DX, MED}
    nm = p.name(c.pick(["title", "title_full", "upper_last"]), c.lang)
    if c.fr:
        body = (f"Bonjour,\n\nSédation palliative continue débutée ce matin chez {nm} pour délirium réfractaire "
                f"({c.dx(p)}).\nMidazolam 1 mg/h SC en perfusion continue, titrer de 0,5 mg/h q2h selon RASS (cible -3 à -4).\n"
                "Bolus midazolam 2,5 mg SC q30 min PRN. Cesser halopéridol.\nConsentement obtenu de la famille (fils mandataire).\n"
                "Évaluation infirmière q4h les premières 24 h.\n" + nam_block(c, p, types) + "\n" + c.sig(md))
        subj = c.pick(["Sédation palliative continue – début ce matin", f"SPC {p.surname} – ordonnances"])
    else:
        body = (f"Hello,\n\nContinuous palliative sedation started this morning for {nm} for refractory delirium "
                f"({c.dx(p)}).\nMidazolam 1 mg/h SC continuous infusion, titrate by 0.5 mg/h q2h per RASS (target -3 to -4).\n"
                "Midazolam 2.5 mg SC q30min PRN. Stop haloperidol.\nConsent from family (son is substitute decision-maker).\n"
                "Nursing assessment q4h for the first 24 h.\n" + nam_block(c, p, types) + "\n" + c.sig(md))
        subj = c.pick(["Continuous palliative sedation - started today", f"CPS {p.surname} - orders"])
    if c.chance(0.4):
        types.add(SOC)
        body = body.replace(c.t("Consentement obtenu", "Consent from"),
                            c.t("Épouse épuisée, hébergement temporaire de la petite-fille. Consentement obtenu",
                                "Wife exhausted, granddaughter temporarily moved in. Consent from"))
    return Spec(sender=pair(md, c.lang), to=[pair(x, c.lang) for x in team], subject=subj, text=body, types=types,
                cat="sedation", note=c.t("ordonnances de sédation palliative", "palliative sedation orders"))


def oxygen(c):
    rt = c.staff(c.pick(["nurse", "md"]))
    vendor = (C.VENDOR[0], f"oxygene@{C.VENDOR[1]}")
    p = c.patient(adult=True, nam=c.chance(0.65))
    c.ids.append(("mrn", p.mrn))
    types = {PN, DX, LAB, CONT, MRN}
    sat_rest, sat_eff = c.rng.randint(85, 88), c.rng.randint(78, 84)
    nm = p.name(c.pick(["upper_last", "title_full", "full"]), c.lang)
    mrn = C.fmt_mrn(p.mrn, c.pick(["plain", "hyphen", "prefixed"]))
    if c.fr:
        body = (f"Bonjour,\n\nDemande de concentrateur d'oxygène à domicile :\n{nm}, dossier {mrn}\n{c.addr(p)} — {p.tel}\n"
                f"Dx : {c.dx(p)}\nSpO2 au repos {sat_rest} % AA, {sat_eff} % à l'effort; gaz capillaire pCO2 {c.rng.randint(48, 62)} mmHg\n"
                "Prescription : O2 2 L/min par lunette nasale, 24 h/24 + bonbonnes portatives.\n" + nam_block(c, p, types) + "\n" + c.sig(rt))
        subj = "Demande O2 à domicile – palliatif"
    else:
        body = (f"Hello,\n\nHome oxygen concentrator request:\n{nm}, chart {mrn}\n{c.addr(p)} - {p.tel}\n"
                f"Dx: {c.dx(p)}\nSpO2 at rest {sat_rest}% RA, {sat_eff}% on exertion; capillary gas pCO2 {c.rng.randint(48, 62)} mmHg\n"
                "Rx: O2 2 L/min by nasal prongs, 24 h + portable cylinders.\n" + nam_block(c, p, types) + "\n" + c.sig(rt))
        subj = "Home O2 request - palliative"
    return Spec(sender=pair(rt, c.lang), to=[vendor], subject=subj, text=body, types=types, cat="oxygen",
                note=c.t("demande d'oxygène à domicile", "home oxygen request"))


def reply_thread(c):
    a = c.staff("nurse")
    b = c.staff("md")
    use_nam = c.chance(0.65)
    p = c.patient(nam=use_nam)
    types = {PN, DX, MED}
    orig_d = c.when - dt.timedelta(hours=c.rng.randint(2, 30))
    nm = p.name(c.pick(["title_full", "upper_last", "full"]), c.lang)
    m = c.meds(2)
    if c.fr:
        orig = (f"Bonjour {b.given},\n\n{nm} ({c.dx(p)}) a été plus somnolent(e) depuis l'augmentation de "
                f"{m[0]}. Famille demande si on peut cesser {m[1]}.\n")
    else:
        orig = (f"Hi {b.given},\n\n{nm} ({c.dx(p)}) has been drowsier since {m[0]} was increased. "
                f"Family asks whether {m[1]} can be stopped.\n")
    if use_nam:
        orig += c.ident_line(p) + "\n"
        types |= {DOB, NAM}
    orig += "\n" + c.sig(a, short=True)
    subj0 = c.t(f"Somnolence – {p.surname}", f"Drowsiness - {p.surname}") if c.chance(0.5) else \
        c.t("Question médication", "Med question")
    reply = c.pick(["Oui, on peut cesser. Je passe demain matin pour réévaluer.", "Ok pour diminuer de 25 %. On s'en reparle vendredi.",
                    "Je suis d'accord. Peux-tu aviser la pharmacie?"]) if c.fr else \
        c.pick(["Yes, OK to stop. I'll come by tomorrow morning to reassess.", "OK to reduce by 25%. Let's touch base Friday.",
                "Agreed. Can you let the pharmacy know?"])
    if c.chance(0.5):
        body = f"{reply}\n\n{b.given}\n\n{quote_intro(c, f'{a.display(c.lang)} <{a.email}>', orig_d)}\n{quoted(orig)}\n"
    else:
        body = f"{reply}\n\n{c.sig(b, short=True)}\n\n{outlook_header(c, pair(a, c.lang), pair(b, c.lang), subj0, orig_d)}\n{orig}"
    return Spec(sender=pair(b, c.lang), to=[pair(a, c.lang)], subject=c.t("RE: ", "RE: ") + subj0, text=body,
                headers=[("In-Reply-To", f"<{c.rng.randrange(16 ** 12):012x}@{C.DOM}>")], types=types,
                cat="reply_thread", note=c.t("réponse avec texte cité", "reply with quoted text"))


def fwd_eml(c):
    fw = c.staff("coord")
    to = c.staff(c.pick(["md", "nurse", "sw"]))
    orig_from = c.staff("nurse")
    use_nam = c.chance(0.85)
    p = c.patient(nam=use_nam)
    types = {PN, DX, CONT}
    nm = p.name(c.pick(["title_full", "upper_last"]), c.lang)
    inner_text = c.t(
        f"Bonjour,\n\nNouvelle admission en soins palliatifs à domicile : {nm}\n{c.addr(p)}, tél. {p.tel}\n"
        f"Dx : {c.dx(p)}. {c.social(p)}.\n", f"Hello,\n\nNew palliative home care admission: {nm}\n{c.addr(p)}, tel {p.tel}\n"
                                            f"Dx: {c.dx(p)}. {c.social(p)}.\n")
    types.add(SOC)
    if use_nam:
        inner_text += c.ident_line(p) + "\n"
        types |= {DOB, NAM}
    inner_text += "\n" + c.sig(orig_from)
    inner = Spec(sender=pair(orig_from, c.lang), to=[pair(fw, c.lang)],
                 subject=c.t(f"Nouvelle admission – {p.surname}", f"New admission - {p.surname}"),
                 text=inner_text, cat="inner")
    if c.chance(0.6):
        att = eml_att(c, inner)
        body = c.t(f"{hello(c, to)}\n\nPour info, voir le message ci-joint. Peux-tu faire la 1re visite?\n\n{fw.given}",
                   f"{hello(c, to)}\n\nFYI, see attached message. Can you do the first visit?\n\n{fw.given}")
        return Spec(sender=pair(fw, c.lang), to=[pair(to, c.lang)], subject=c.t("TR: admission", "FW: admission"),
                    text=body, atts=[att], types=types, cat="fwd_eml",
                    note=c.t("message transféré en pièce jointe", "forwarded message attached"))
    d = c.when - dt.timedelta(hours=5)
    body = c.t(f"Pour toi.\n\n{fw.given}\n\n", f"For you.\n\n{fw.given}\n\n") + \
        fwd_header(c, pair(orig_from, c.lang), pair(fw, c.lang), inner.subject, d) + "\n" + inner_text
    return Spec(sender=pair(fw, c.lang), to=[pair(to, c.lang)], subject=c.t("TR: ", "Fwd: ") + inner.subject,
                text=body, types=types, cat="fwd_inline", note=c.t("transfert en ligne", "inline forward"))


def vcard_contact(c):
    clerk = c.staff("clerk")
    nurse = c.staff("nurse")
    p = c.patient()
    types = {PN, CONT, DX}
    card = vcf_att(c, f"{safe(p.given)}_{safe(p.surname)}.vcf", fn=p.name("full"), surname=p.surname, given=p.given,
                   tel=p.tel, adr=(p.street, p.city, "QC", p.postal),
                   note=c.t(f"Usager SAD palliatif – {c.dx(p)}", f"Palliative home care client - {c.dx(p)}"))
    body = c.t(f"{hello(c, nurse)}\n\nVoici la fiche contact de ton nouvel usager (diagnostic dans la note). "
               f"1re visite à planifier cette semaine.\n\n{c.sig(clerk)}",
               f"{hello(c, nurse)}\n\nContact card for your new client attached (see note for dx). "
               f"First visit to book this week.\n\n{c.sig(clerk)}")
    return Spec(sender=pair(clerk, c.lang), to=[pair(nurse, c.lang)], subject=c.t("Nouvel usager – coordonnées", "New client - contact card"),
                text=body, atts=[card], types=types, cat="vcard",
                note=c.t("carte de contact d'un usager", "client contact card"))


def zip_docs(c):
    coord = c.staff("coord")
    md = c.staff("md")
    use_nam = c.chance(0.85)
    p = c.patient(nam=use_nam)
    types = {PN, DX, MED}
    ident = c.ident_line(p) if use_nam else p.name("upper_last")
    if use_nam:
        types |= {DOB, NAM}
    meds = c.meds(3)
    pdfb = A.pdf(c.t("Plan de soins palliatifs", "Palliative care plan"),
                 [ident, c.t(f"Dx : {c.dx(p)}", f"Dx: {c.dx(p)}")] + meds, c.when)
    docxb = A.docx(c.t("Niveau de soins", "Goals of care"),
                   [ident, c.t("Niveau D – soins de confort exclusivement. Pas de RCR.", "Level D - comfort only. DNR.")],
                   c.when)
    members = [(c.t("plan_de_soins.pdf", "care_plan.pdf"), pdfb), (c.t("niveau_de_soins.docx", "goals_of_care.docx"), docxb)]
    if c.chance(0.5):
        members.append(("liste_med.txt" if c.fr else "med_list.txt", ("\n".join(meds) + "\n").encode("utf-8")))
    z = zip_att(c, c.t("documents_rencontre.zip", "meeting_documents.zip"), members)
    body = c.t(f"{hello(c, md)}\n\nLes documents pour la rencontre de demain sont dans le fichier compressé.\n\n{thanks(c)}\n{c.sig(coord)}",
               f"{hello(c, md)}\n\nDocuments for tomorrow's meeting are in the zip file.\n\n{thanks(c)}\n{c.sig(coord)}")
    return Spec(sender=pair(coord, c.lang), to=[pair(md, c.lang)], subject=c.t("Documents – rencontre de demain", "Documents for tomorrow"),
                text=body, atts=[z], types=types, cat="zip_docs", note=c.t("documents cliniques dans un ZIP", "clinical documents in a ZIP"))


def pediatric(c):
    nurse = c.staff("nurse")
    team = [c.staff("md"), c.staff("sw")]
    use_nam = c.chance(0.9)
    p = c.patient(nam=use_nam, child=True)
    types = {PN, DX, SOC, CONT, DOB}
    mom = c.kin(p.surname)
    soc = c.social(p)
    ident = c.ident_line(p) if use_nam else f"{p.name('full')}, {c.t('né(e) le', 'born')} {c.dob_str(p)}"
    if use_nam:
        types.add(NAM)
    if c.fr:
        body = (f"Bonjour l'équipe,\n\nSuivi pédiatrique palliatif à domicile :\n{ident}\nDx : {c.dx(p)}\n"
                f"Parent : {mom.name('full')}, {c.phone()} — domicile : {c.addr(p)}\nContexte : {soc}.\n"
                f"L'école demande un plan pour les absences; répit demandé à la maison d'enfants deux fins de semaine par mois.\n\n"
                + c.sig(nurse))
        subj = c.pick(["Pédiatrie palliative – suivi", f"Suivi {p.given} – répit et école"])
    else:
        body = (f"Hi team,\n\nPaediatric palliative home follow-up:\n{ident}\nDx: {c.dx(p)}\n"
                f"Parent: {mom.name('full')}, {c.phone()} - home: {c.addr(p)}\nContext: {soc}.\n"
                "School is asking for an absence plan; respite requested at the children's hospice two weekends a month.\n\n"
                + c.sig(nurse))
        subj = c.pick(["Paediatric palliative - follow-up", f"{p.given} - respite and school"])
    return Spec(sender=pair(nurse, c.lang), to=[pair(x, c.lang) for x in team], subject=subj, text=body, types=types,
                cat="pediatric", note=c.t("suivi pédiatrique palliatif", "paediatric palliative follow-up"))


def subject_only(c):
    nurse = c.staff("nurse")
    other = c.staff(c.pick(["equip", "md", "ot"]))
    p = c.patient()
    types = {PN, DX}
    nm = p.name(c.pick(["title", "upper_last", "lower", "title_full"]), c.lang)
    item = c.pick(["lit électrique", "lève-personne", "matelas à air"]) if c.fr else c.pick(["hospital bed", "patient lift", "air mattress"])
    if c.fr:
        subj = f"{nm} — {item} demain"
        body = (f"Livraison prévue demain matin. {'Elle' if p.sex == 'F' else 'Il'} ne se lève plus depuis dimanche; {c.dx(p)}, "
                f"{c.symptom()}. La famille sera sur place dès 8 h.\n\n{c.sig(nurse, short=True)}")
    else:
        subj = f"{nm} - {item} tomorrow"
        body = (f"Delivery planned tomorrow morning. Bed-bound since Sunday; {c.dx(p)}, {c.symptom()}. "
                f"Family will be there from 8.\n\n{c.sig(nurse, short=True)}")
    return Spec(sender=pair(nurse, c.lang), to=[pair(other, c.lang)], subject=subj, text=body, types=types,
                cat="subject_only", note=c.t("nom seulement dans l'objet", "name only in the Subject"))


def filename_only(c):
    md = c.staff("md")
    coord = c.staff("coord")
    p = c.patient()
    types = {PN, DX, MED}
    meds = c.meds(3)
    lines = [c.t("Évaluation en soins palliatifs", "Palliative care assessment"),
             c.t(f"Dx : {c.dx(p)}", f"Dx: {c.dx(p)}"), c.t(f"Symptômes : {c.symptom()}", f"Symptoms: {c.symptom()}"),
             c.t("Plan : ", "Plan: ") + "; ".join(meds)]
    base = c.pick([f"{p.surname.upper()}_{p.given}", f"{safe(p.surname)}_{safe(p.given)}", f"{p.given} {p.surname}"])
    fn = c.t(f"Évaluation palliative - {base}", f"Palliative assessment - {base}")
    kind = c.pick(["pdf", "docx"])
    use2231 = c.chance(0.6)
    if kind == "pdf":
        att = pdf_att(c, fn + ".pdf", lines[0], lines[1:], rfc2231=use2231)
    else:
        att = docx_att(c, fn + ".docx", lines[0], lines[1:], rfc2231=use2231)
    body = c.t(f"Bonjour,\n\nCi-joint mon évaluation d'hier.\n\n{c.sig(md, short=True)}",
               f"Hello,\n\nMy assessment from yesterday is attached.\n\n{c.sig(md, short=True)}")
    return Spec(sender=pair(md, c.lang), to=[pair(coord, c.lang)], subject=c.t("Évaluation", "Assessment"),
                text=body, atts=[att], types=types, cat="filename_only",
                note=c.t("nom seulement dans le nom de fichier", "name only in the file name"))


TEMPLATES = [sedation, oxygen, reply_thread, fwd_eml, vcard_contact, zip_docs, pediatric, subject_only, filename_only]
