"""Positive templates, part 3: ZIP bundles, labs, discharge, quoted history, foreign ids, SIN, MAID, abuse, thanks, handover."""
import datetime

import gen_attach as A
import gen_base as B
import gen_clinical as K
import gen_common as C
from gen_mime import Att
from gen_pos1 import get_patient, id_line
from gen_pos2 import DOCX, XLSX


# ---------------------------------------------------------------- P15 ZIP bundle
def zip_bundle(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.6, min_age=0)
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Coordonnatrice clinique" if fr else "Home care program manager")
    b = B.staff(ctx, lang, org_key=rng.choice(["palli", "clsc_tp"]))
    types = {"patient_name", "diagnosis", "medication"}
    dx = K.dx_for(rng, p, lang, palliative=p.age > 40)
    meds = K.meds_for(rng, p, lang, 3, palliative=p.age > 40)
    head = [f"{'Usager' if fr else 'Client'} : {p.full}", f"{'Date de naissance' if fr else 'Date of birth'} : {C.fdate(p.dob, lang, 'iso')}"]
    types.add("date_of_birth")
    if use_nam:
        head.append(f"NAM : {C.nam_fmt(p.nam, rng, 'card')}")
        types.add("ramq_nam")
    head.append(f"{'Adresse' if fr else 'Address'} : {p.address}")
    types.add("patient_contact")
    last = rng.choice([("Niveau de soins : D (confort)", "Goals of care: comfort", False),
                       ("Proche aidant : conjoint, 84 ans, épuisé", "Caregiver: spouse, 84, exhausted", True)])
    if last[2]:
        types.add("social_information")
    summary = A.make_docx("Résumé du dossier SAD" if fr else "Home care summary", head + [
        f"{'Diagnostic principal' if fr else 'Main diagnosis'} : {dx}",
        ("Médication : " if fr else "Medication: ") + "; ".join(meds), last[0] if fr else last[1]],
        author=a.full)
    meds_pdf = A.make_pdf("Liste de médicaments" if fr else "Medication list", [p.full, ""] + meds)
    base = rng.choice([f"{C.fold(p.surname)}_{C.fold(p.given)}", "transfert_dossier" if fr else "transfer_file", "dossier" if fr else "chart"])
    z = A.make_zip([(f"{base}/resume.docx" if fr else f"{base}/summary.docx", summary), (f"{base}/medicaments.pdf" if fr else f"{base}/meds.pdf", meds_pdf)])
    text = "\n".join([B.greet(ctx, lang, b), "", rng.choice(["Tel que convenu, voici le dossier pour le transfert (zip).", "Documents de transfert en pièce jointe.",
                                                              "Ci-joint les documents de l'usager transféré à la Maison."] if fr else
                                                             ["As agreed, transfer documents attached (zip).", "Transfer package attached."]),
                      "", B.closing(ctx, lang), B.signature(ctx, a, lang)])
    return dict(cat="zip_transfer", from_=B.pair(a), to=[B.pair(b)], subject=rng.choice(["Transfert de dossier", "Documents - transfert", "Dossier pour admission"] if fr else ["Chart transfer", "Transfer documents"]),
                text=text, attachments=[Att(f"{base}.zip", "application/zip", z)], types=types, note="ZIP with DOCX summary and PDF med list")


# ---------------------------------------------------------------- P16 labs drawn at home
def lab_followup(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.5, min_age=50)
    fr = lang == "fr"
    nurse = B.staff(ctx, lang, role=rng.choice(["Infirmière clinicienne, SAD", "Infirmière auxiliaire, soutien à domicile"]) if fr else "Home care nurse")
    md = B.staff(ctx, lang, org_key=rng.choice(["gmf", "gmf2"]), role="Médecin de famille" if fr else "Family physician")
    ph = B.staff(ctx, lang, org_key=rng.choice(["ph1", "ph2", "ph3"]), role="Pharmacien" if fr else "Pharmacist")
    types = {"patient_name", "lab_result"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.5)
    inr = rng.random() < 0.5
    d = ctx.date()
    if rng.random() < 0.45:
        ident = (ident + ", " if ident else "") + f"{C.mrn_label(rng, lang)} {C.gen_mrn(rng)}"
        types.add("mrn")
    if inr:
        val = rng.choice(["1,6", "3,9", "4,6", "1,3", "3,4"]) if fr else rng.choice(["1.6", "3.9", "4.6", "1.3", "3.4"])
        types.add("medication")
        dose = rng.choice(["2 mg", "3 mg", "4 mg", "2,5 mg" if fr else "2.5 mg"])
        if fr:
            core = [f"INR de {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" prélevé ce matin à domicile : {val}.",
                    f"Dose actuelle de warfarine : {dose} DIE. Cible 2-3 (FA).", "Pouvez-vous me confirmer l'ajustement? Je transmets à la pharmacie pour le pilulier."]
        else:
            core = [f"INR for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" drawn at home this morning: {val}.",
                    f"Current warfarin {dose} daily, target 2-3 (AF).", "Please confirm the new dose and I'll let the pharmacy know for the blister pack."]
        types.add("diagnosis")
    else:
        labs = K.pick(rng, K.LABS, lang, k=3)
        if fr:
            core = [f"Résultats du prélèvement à domicile du {C.fdate(d.date(), 'fr', 'num')} pour {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + " :"] + [f"  - {x}" for x in labs] + [
                rng.choice(["Le labo a appelé pour la valeur critique.", "Je n'ai pas de consigne au dossier pour ces valeurs.", "À discuter avec la famille vu le contexte palliatif."])]
        else:
            core = [f"Results of the home draw ({d.date().isoformat()}) for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + ":"] + [f"  - {x}" for x in labs] + [
                rng.choice(["The lab called with the critical value.", "No standing orders on file for these values.", "To discuss with the family given the palliative context."])]
    to = [B.pair(md)] + ([B.pair(ph)] if inr and rng.random() < 0.6 else [])
    text = "\n".join([B.greet(ctx, lang, md), ""] + core + ["", B.closing(ctx, lang), B.signature(ctx, nurse, lang)])
    subj = B.subj_prefix(rng, lang) + (rng.choice([f"INR {p.surname}", "Résultat INR", "INR à domicile"] if fr else [f"INR {p.surname}", "INR result"]) if inr else
                                       rng.choice(["Résultats labo", f"Labo {p.surname}", "Valeur critique"] if fr else ["Lab results", "Critical value"]))
    return dict(cat="lab_followup", from_=B.pair(nurse), to=to, subject=subj, text=text, types=types, note="home blood draw results")


# ---------------------------------------------------------------- P17 discharge summary to SAD
def discharge(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.5, min_age=0)
    fr = lang == "fr"
    liaison = B.staff(ctx, lang, org_key="hosp" if fr else rng.choice(["hosp_en", "hosp"]), role="Infirmière de liaison" if fr else "Liaison nurse")
    dest = B.staff(ctx, lang)
    types = {"patient_name", "diagnosis", "medication", "mrn"}
    mrn = C.gen_mrn(rng)
    dx = K.dx_for(rng, p, lang)
    meds = K.meds_for(rng, p, lang, 3)
    adm = ctx.date().date()
    dis = adm + datetime.timedelta(days=rng.randint(3, 21))
    lines = [f"{'Nom' if fr else 'Name'} : {p.surname.upper()}, {p.given}", f"{C.mrn_label(rng, lang)} : {mrn}"]
    if use_nam:
        lines.append(f"NAM : {C.nam_fmt(p.nam, rng)}")
        types.add("ramq_nam")
    if rng.random() < 0.7:
        lines.append(f"{'DDN' if fr else 'DOB'} : {C.fdate(p.dob, lang, 'iso')}")
        types.add("date_of_birth")
    lines += [f"{'Admission' if fr else 'Admitted'} : {adm.isoformat()}  -  {'Congé' if fr else 'Discharged'} : {dis.isoformat()}",
              f"{'Diagnostic' if fr else 'Diagnosis'} : {dx}", ("Médication au congé :" if fr else "Discharge medication:")] + [f"  {m}" for m in meds]
    if rng.random() < 0.5:
        lines.append(("Labo au congé : " if fr else "Labs at discharge: ") + ", ".join(K.pick(rng, K.LABS, lang, 2)))
        types.add("lab_result")
    lines.append(("Suivi SAD demandé : " if fr else "Home care follow-up: ") + rng.choice(
        ["visite infirmière dans 48 h, pesée DIE" if fr else "nurse visit within 48 h, daily weights",
         "ergothérapie, aide à l'hygiène 2x/sem." if fr else "OT, bath assist twice weekly"]))
    mode = rng.choice(["pdf", "inline", "docx"])
    atts = []
    if mode == "inline":
        body = [B.greet(ctx, lang, dest), "", ("Résumé de congé :" if fr else "Discharge summary:"), ""] + lines
    else:
        fn = rng.choice([f"resume_conge_{mrn.replace(' ', '')}", f"Résumé congé {p.surname}" if fr else f"Discharge {p.surname}", "resume_conge" if fr else "discharge_summary"])
        if mode == "pdf":
            atts.append(Att(fn + ".pdf", "application/pdf", A.make_pdf("Résumé de congé" if fr else "Discharge summary", lines, footer=liaison.org)))
        else:
            atts.append(Att(fn + ".docx", DOCX, A.make_docx("Résumé de congé" if fr else "Discharge summary", lines, author=liaison.full)))
        body = [B.greet(ctx, lang, dest), "", rng.choice(["Vous trouverez le résumé de congé en pièce jointe.", "Congé ce matin, résumé joint. Merci d'ouvrir au SAD."] if fr
                                                         else ["Discharge summary attached.", "Discharged this morning - summary attached, please open home care file."])]
    body += ["", B.closing(ctx, lang), B.signature(ctx, liaison, lang)]
    return dict(cat="discharge_summary", from_=B.pair(liaison), to=[B.pair(dest)], subject=rng.choice(["Résumé de congé", "Congé - demande SAD", f"Congé {p.surname}"] if fr else ["Discharge summary", "Discharge - home care request"]),
                text="\n".join(body), attachments=atts, types=types, note=f"hospital discharge summary to home care ({mode})")


# ---------------------------------------------------------------- P18 leak only in quoted history
def quoted_history(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.4, min_age=55)
    fr = lang == "fr"
    a, b = B.staff(ctx, lang), B.staff(ctx, lang)
    types = {"patient_name"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.3)
    t0 = ctx.date()
    dx = K.dx_for(rng, p, lang, palliative=rng.random() < 0.4)
    types.add("diagnosis")
    extra = ""
    if rng.random() < 0.5:
        extra = K.pick(rng, K.SOCIAL, lang)
        types.add("social_information")
    if fr:
        orig = "\n".join([f"Salut {a.given},", "", f"Peux-tu prendre {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" dans ta charge de cas? {dx[0].upper() + dx[1:]}.",
                          (extra[0].upper() + extra[1:] + "." if extra else "Besoin d'un suivi aux 2 semaines."), "", b.given])
        reply = rng.choice(["Oui, c'est noté. Je l'appelle demain.", "Parfait, merci!", "Ok pour moi, je l'ajoute à ma liste de jeudi.", "Reçu 👍"])
    else:
        orig = "\n".join([f"Hi {a.given},", "", f"Could you take {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" on your caseload? {dx[0].upper() + dx[1:]}.",
                          (extra[0].upper() + extra[1:] + "." if extra else "Needs follow-up every 2 weeks."), "", b.given])
        reply = rng.choice(["Yes, noted. Will call tomorrow.", "Perfect, thanks!", "OK, adding to Thursday's list.", "Got it 👍"])
    q = B.quote(orig, lang, B.pair(b), t0, rng)
    text = "\n".join([reply, "", B.signature(ctx, a, lang, short=True), "", q])
    subj = "RE: " + rng.choice(["Nouvelle charge de cas", "Attribution", "Question", "Dossier à prendre"] if fr else ["New caseload", "Assignment", "Quick question"])
    return dict(cat="quoted_history", from_=B.pair(a), to=[B.pair(b)], subject=subj, text=text, types=types,
                note="short reply, patient details only in quoted history", extra_headers=[("In-Reply-To", f"<{rng.randint(10**8, 10**9)}@ciusss-rivsaules.example>")])


# ---------------------------------------------------------------- P19 foreign identifiers
def foreign_ids(ctx, lang):
    rng = ctx.rng
    ctx._fk = getattr(ctx, "_fk", 0) + 1
    kind = ["niss", "nir", "ohn"][ctx._fk % 3]
    fr = lang == "fr"
    p = ctx.patient(lang)
    types = {"patient_name", "diagnosis"}
    nurse = B.staff(ctx, lang)
    dx = K.dx_for(rng, p, lang, palliative=rng.random() < 0.3)
    if kind == "niss":
        num = C.niss_fmt(C.gen_niss(rng, p.dob, p.sex), rng)
        types.add("be_niss")
        other = B.staff(ctx, lang, org_key="ciusss", role="Agente de facturation - usagers hors Québec" if fr else "Billing, out-of-province clients")
        if fr:
            core = [f"{B.name_form(ctx, p, lang, 'title_full')}, ressortissant{'e' if p.sex == 'F' else ''} belge en séjour chez sa fille à {rng.choice(C.TOWNS)}, reçoit nos services depuis le {C.fdate(ctx.date().date(), 'fr', 'long')} ({dx}).",
                    f"Numéro de registre national (NISS) : {num}", "Pas de couverture RAMQ. Sa mutualité demande nos relevés de visites; pouvez-vous ouvrir un dossier de facturation?"]
        else:
            core = [f"{B.name_form(ctx, p, lang, 'title_full')}, a Belgian national staying with family, has been receiving home care ({dx}).",
                    f"Belgian national number (NISS): {num}", "No RAMQ coverage; the insurer wants our visit records. Can you open a billing file?"]
    elif kind == "nir":
        num = C.nir_fmt(C.gen_nir(rng, p.dob, p.sex), rng)
        types.add("fr_nir")
        other = B.staff(ctx, lang, org_key="ciusss", role="Agente de facturation - usagers hors Québec" if fr else "Billing, out-of-province clients")
        if fr:
            core = [f"Dossier de {B.name_form(ctx, p, lang)} : {'usagère' if p.sex == 'F' else 'usager'} français{'e' if p.sex == 'F' else ''} (entente Québec-France), suivi{'e' if p.sex == 'F' else ''} pour {dx}.",
                    f"N° de sécurité sociale (NIR) : {num}", "Le formulaire SE 401-Q-207 est à compléter avant la prochaine visite."]
        else:
            core = [f"File for {B.name_form(ctx, p, lang)}: French national (Quebec-France agreement), followed for {dx}.",
                    f"French social security number (NIR): {num}", "Form SE 401-Q-207 must be completed before the next visit."]
    else:
        num = C.ohn_fmt(C.gen_ohn(rng), rng)
        types.add("ca_health_number")
        other = B.staff(ctx, lang, org_key="eastcounties", role="Care coordinator")
        if fr:
            core = [f"{B.name_form(ctx, p, lang)} réside en Ontario (Hawkesbury) mais est suivi{'e' if p.sex == 'F' else ''} à notre GMF pour {dx}.",
                    f"Carte Santé Ontario : {num}", "Pouvez-vous organiser les soins de plaie à domicile de votre côté? Dernière visite chez nous le " + C.fdate(ctx.date().date(), 'fr', 'long') + "."]
        else:
            core = [f"{B.name_form(ctx, p, lang)} lives on the Ontario side but is followed at our clinic for {dx}.",
                    f"Ontario health card: {num}", "Could your team take over home wound care? Last seen here on " + C.fdate(ctx.date().date(), 'en', 'long') + "."]
    if rng.random() < 0.5:
        core.append((f"Date de naissance : {C.fdate(p.dob, lang, 'long')}" if fr else f"Date of birth: {C.fdate(p.dob, lang, 'long')}"))
        types.add("date_of_birth")
    mode = rng.choice(["inline", "pdf"])
    atts = []
    if mode == "pdf":
        fn = rng.choice(["formulaire_hors_québec.pdf", f"{p.surname}_couverture.pdf"] if fr else ["out_of_province.pdf", f"{C.fold(p.surname)}_coverage.pdf"])
        atts.append(Att(fn, "application/pdf", A.make_pdf("Usager hors Québec" if fr else "Out-of-province client", core, footer=nurse.org)))
        body = [B.greet(ctx, lang, other), "", (f"Voir le document joint pour {p.full}." if fr else f"See attached for {p.full}."), "", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
    else:
        body = [B.greet(ctx, lang, other), ""] + core + ["", B.closing(ctx, lang), B.signature(ctx, nurse, lang)]
    subj = rng.choice(["Usager hors Québec", "Couverture - usager étranger", "Facturation hors province"] if fr else ["Out-of-province client", "Coverage question", "Cross-border home care"])
    return dict(cat=f"foreign_{kind}", from_=B.pair(nurse), to=[B.pair(other)], subject=subj, text="\n".join(body), attachments=atts, types=types,
                note=f"non-RAMQ patient identified by {kind.upper()}")


# ---------------------------------------------------------------- P20 SIN in social paperwork
def sin_forms(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(lang)
    fr = lang == "fr"
    sw = B.staff(ctx, lang, role="Travailleuse sociale, SAD" if fr else "Social worker, home support")
    dest = B.staff(ctx, lang, org_key="ciusss", role="Agente administrative" if fr else "Administrative officer")
    types = {"patient_name", "ca_sin", "social_information"}
    sin = C.sin_fmt(C.gen_sin(rng), rng)
    kind = rng.choice(["srg", "curatelle", "credit"])
    if fr:
        what = {"srg": "la demande de Supplément de revenu garanti", "curatelle": "l'ouverture du régime de protection (Curateur public)",
                "credit": "le crédit d'impôt pour maintien à domicile des aînés"}[kind]
        core = [f"Pour {what} de {B.name_form(ctx, p, lang)}, voici les informations manquantes :", f"  NAS : {sin}",
                f"  Date de naissance : {C.fdate(p.dob, 'fr', 'long')}", f"  Adresse : {p.address}",
                rng.choice(["Revenu annuel estimé : 19 400 $, aucun REER.", "Inaptitude constatée (évaluation médicale et psychosociale complétées).",
                            "Vit seul" + ("e" if p.sex == "F" else "") + ", loyer de 780 $/mois, aucun soutien familial."])]
    else:
        what = {"srg": "the Guaranteed Income Supplement application", "curatelle": "the protective supervision (Public Curator) application",
                "credit": "the home-support tax credit for seniors"}[kind]
        core = [f"For {what} for {B.name_form(ctx, p, lang)}, here is the missing information:", f"  SIN: {sin}",
                f"  Date of birth: {C.fdate(p.dob, 'en', 'long')}", f"  Address: {p.address}",
                rng.choice(["Estimated annual income $19,400, no RRSP.", "Incapacity established (medical and psychosocial assessments done).",
                            "Lives alone, rent $780/month, no family support."])]
    types |= {"date_of_birth", "patient_contact"}
    mode = rng.choice(["inline", "xlsx"])
    atts = []
    if mode == "xlsx":
        atts.append(Att(rng.choice(["infos_demande.xlsx", f"{p.surname}_demande_protégée.xlsx"] if fr else ["application_info.xlsx"]), XLSX,
                        A.make_xlsx([("Demande" if fr else "Application", [[l] for l in core])])))
        body = [B.greet(ctx, lang, dest), "", ("Informations en pièce jointe (fichier protégé selon la procédure)." if fr else "Details attached."), "", B.signature(ctx, sw, lang)]
    else:
        body = [B.greet(ctx, lang, dest), ""] + core + ["", B.closing(ctx, lang), B.signature(ctx, sw, lang)]
    subj = {"srg": ["Demande SRG", "SRG - infos manquantes"], "curatelle": ["Régime de protection - documents", "Curateur public - dossier"],
            "credit": ["Crédit d'impôt maintien à domicile", "Infos manquantes"]}[kind] if fr else \
        {"srg": ["GIS application", "GIS - missing info"], "curatelle": ["Public Curator file", "Protective supervision - documents"],
         "credit": ["Home-support tax credit", "Missing info"]}[kind]
    return dict(cat="sin_social", from_=B.pair(sw), to=[B.pair(dest)], subject=rng.choice(subj),
                text="\n".join(body), attachments=atts, types=types, note=f"SIN in income/guardianship paperwork ({mode})")


# ---------------------------------------------------------------- P21 MAID / palliative sedation at home
def maid(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.5, min_age=40)
    fr = lang == "fr"
    pivot = B.staff(ctx, lang, role="Infirmière pivot en soins palliatifs" if fr else "Palliative care pivot nurse")
    md = B.staff(ctx, lang, org_key="gmf", role="Médecin, soins palliatifs" if fr else "Palliative physician")
    types = {"patient_name", "diagnosis"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.3)
    dx = K.pick(rng, K.DX_PALLI, lang)
    d = ctx.later(ctx.date(), 3, 10)
    maid_ = rng.random() < 0.6
    if fr:
        core = ([f"{B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" ({dx}) a signé sa demande d'aide médicale à mourir hier.",
                 f"L'intervention est envisagée à domicile le {C.fdate(d, 'fr', 'long')}, en présence de ses enfants.",
                 "Deuxième évaluation à planifier cette semaine; la famille ne veut pas que les voisins soient informés."] if maid_ else
                [f"Sédation palliative continue débutée à domicile pour {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" ({dx}).",
                 "Midazolam en perfusion SC 1 mg/h, titration selon protocole.", "Présence infirmière requise aux 4 h cette nuit."])
    else:
        core = ([f"{B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" ({dx}) signed the MAID request yesterday.",
                 f"Provision planned at home on {C.fdate(d, 'en', 'long')} with the children present.", "Second assessment needed this week; family asks for discretion."] if maid_ else
                [f"Continuous palliative sedation started at home for {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + f" ({dx}).",
                 "Midazolam SC infusion 1 mg/h, titrate per protocol.", "Nurse presence needed q4h overnight."])
    if not maid_:
        types.add("medication")
    text = "\n".join([B.greet(ctx, lang, md), ""] + core + ["", B.closing(ctx, lang), B.signature(ctx, pivot, lang)])
    subj = rng.choice(["AMM - planification", "Confidentiel", "Suivi SP domicile"] if fr else ["MAID planning", "Confidential", "Palliative at home"]) if maid_ else \
        rng.choice(["Sédation palliative", "SP - nuit"] if fr else ["Palliative sedation", "Tonight's coverage"])
    return dict(cat="maid_sedation", from_=B.pair(pivot), to=[B.pair(md)], subject=subj, text=text, types=types, note="MAID or palliative sedation planned at home")


# ---------------------------------------------------------------- P22 suspected elder abuse
def elder_abuse(ctx, lang):
    rng = ctx.rng
    p, use_nam = get_patient(ctx, lang, 0.4, min_age=65)
    fr = lang == "fr"
    aide = B.staff(ctx, lang, role="Auxiliaire aux services de santé et sociaux" if fr else "Personal support worker")
    sw = B.staff(ctx, lang, role="Travailleuse sociale, SAD" if fr else "Social worker, home support")
    types = {"patient_name", "social_information"}
    ident = id_line(ctx, p, lang, use_nam, types, dob_p=0.2)
    if fr:
        core = [f"Je dois te signaler une situation chez {B.name_form(ctx, p, lang)}" + (f" ({ident})" if ident else "") + ".",
                rng.choice(["Son petit-fils a encore pris sa carte de débit; le frigo était vide et les comptes d'Hydro sont impayés.",
                            f"J'ai vu des ecchymoses aux avant-bras; {p.pron('fr', 'subj')} dit être tombé{p.pron('fr', 'adj_e')} mais semblait avoir peur de son fils.",
                            "Le coloc lui crie dessus et l'empêche de répondre au téléphone."]),
                f"Adresse : {p.address}"]
        subj = rng.choice(["Situation préoccupante", "Maltraitance soupçonnée", "À discuter rapidement"])
    else:
        core = [f"I need to report a situation at {B.name_form(ctx, p, lang)}'s home" + (f" ({ident})" if ident else "") + ".",
                rng.choice(["The grandson took the debit card again; the fridge was empty and the hydro bills are unpaid.",
                            f"I saw bruises on both forearms; {p.pron('en')} said it was a fall but seemed afraid of {p.pron('en', 'poss')} son.",
                            "The roommate yells at them and won't let them answer the phone."]),
                f"Address: {p.address}"]
        subj = rng.choice(["Concerning situation", "Suspected elder abuse", "Need to talk today"])
    types.add("patient_contact")
    text = "\n".join([B.greet(ctx, lang, sw), ""] + core + ["", B.signature(ctx, aide, lang, short=True)])
    return dict(cat="elder_abuse", from_=B.pair(aide), to=[B.pair(sw)], subject=subj, text=text, types=types, note="suspected elder abuse report")


# ---------------------------------------------------------------- P23 family thanks
def thanks_family(ctx, lang):
    rng = ctx.rng
    p = ctx.patient(lang)
    fr = lang == "fr"
    rel = C.relative_of(rng, p, lang)
    fam = B.family_sender(ctx, rel)
    team = B.staff(ctx, lang, role="Chef de programme SAD" if fr else "Home care program manager")
    dx = K.pick(rng, K.DX_PALLI, lang)
    types = {"patient_name", "diagnosis"}
    if fr:
        txt = [rng.choice(["Bonjour à toute l'équipe,", "Chère équipe du soutien à domicile,"]), "",
               f"{p.pron('fr', 'Subj').replace('Il', 'Notre père').replace('Elle', 'Notre mère')}, {p.full}, est décédé{p.pron('fr', 'adj_e')} paisiblement à la maison le {C.fdate(ctx.date().date(), 'fr', 'long')}, comme {p.pron('fr', 'subj')} le souhaitait.",
               f"Malgré son {dx}, vos infirmières ont rendu ses derniers mois tellement plus doux.",
               f"Un merci spécial à {rng.choice(C.FR_F)} qui venait même les fins de semaine.", "", "Avec toute notre reconnaissance,", f"{rel.full} et la famille"]
        subj = rng.choice(["Merci", "Un grand merci", f"Merci pour {p.given}"])
    else:
        txt = ["Dear home care team,", "", f"{'Our father' if p.sex == 'M' else 'Our mother'}, {p.full}, passed away peacefully at home on {C.fdate(ctx.date().date(), 'en', 'long')}, as {p.pron('en')} wished.",
               f"Despite the {dx}, your nurses made those last months so much gentler.", f"Special thanks to {rng.choice(C.EN_F)}, who came even on weekends.",
               "", "With gratitude,", f"{rel.full} and family"]
        subj = rng.choice(["Thank you", "With gratitude", f"Thank you from {p.given}'s family"])
    return dict(cat="family_thanks", from_=fam, to=[B.pair(team)], subject=subj, text="\n".join(txt), types=types, note="family thank-you naming deceased and illness")


# ---------------------------------------------------------------- P24 weekend handover
def handover(ctx, lang):
    rng = ctx.rng
    fr = lang == "fr"
    a = B.staff(ctx, lang, role="Infirmière clinicienne, SAD" if fr else "Home care nurse")
    team = [B.staff(ctx, lang) for _ in range(rng.randint(2, 3))]
    types = {"patient_name", "diagnosis"}
    rows = []
    pool = [
        (f"{K.pick(rng, K.DX_PALLI, 'fr')} - PRN hydromorphone utilisés x3 hier, réévaluer", f"{K.pick(rng, K.DX_PALLI, 'en')} - 3 hydromorphone PRNs yesterday, reassess"),
        ("plaie sacrum, changer pansement samedi", "sacral wound, change dressing Saturday"),
        ("diabète - glycémies instables, insuline ajustée jeudi", "diabetes - unstable glucose, insulin changed Thursday"),
        ("INR samedi AM, appeler Dr au résultat", "INR Saturday AM, call MD with result"),
        ("famille épuisée, répit demandé", "family exhausted, respite requested"),
        ("MPOC - sat 87 %, O2 augmenté à 3 L, rappeler dimanche", "COPD - sat 87%, O2 up to 3 L, call back Sunday"),
        ("démence - errance la nuit, fille sur place jusqu'à lundi", "dementia - wandering at night, daughter staying until Monday"),
        ("ulcère jambe G - Aquacel à changer dimanche", "left leg ulcer - change Aquacel Sunday"),
    ]
    head, tail = pool[:3], pool[3:]
    rng.shuffle(tail)
    order = [rng.choice(head)] + [x for x in head + tail if x is not None]
    seen = []
    for x in order:
        if x not in seen:
            seen.append(x)
    order = seen
    for i in range(rng.randint(4, 7)):
        if i == 1 and rng.random() < 0.6:
            p = ctx.holder(50)
            nm = f"{p.surname.upper()} {p.given} ({C.nam_fmt(p.nam, rng)})"
            types.add("ramq_nam")
        else:
            p = ctx.patient(lang)
            nm = B.name_form(ctx, p, lang, rng.choice(["SURNAME_given", "title_full", "comma"]))
        what = order[i % len(order)][0 if fr else 1]
        if "PRN" in what or "insulin" in what or "insuline" in what:
            types.add("medication")
        if "famille" in what or "family" in what:
            types.add("social_information")
        rows.append(f"- {nm} : {what}")
    intro = rng.choice(["Garde de fin de semaine - points à suivre :", "Transmission pour la fin de semaine :"] if fr else ["Weekend on-call - to follow:", "Weekend handover:"])
    text = "\n".join([B.greet(ctx, lang), "", intro, ""] + rows + ["", B.closing(ctx, lang), B.signature(ctx, a, lang, short=True)])
    return dict(cat="weekend_handover", from_=B.pair(a), to=[B.pair(t) for t in team], subject=rng.choice(["Garde FDS", "Transmission vendredi", "Suivis fin de semaine"] if fr else ["Weekend handover", "On-call list"]),
                text=text, types=types, note="weekend handover list")
