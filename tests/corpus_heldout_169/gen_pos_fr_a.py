"""French positives, part A: referrals, echo lab, cath lab, census, device clinic."""
import datetime as dt

from gen_attach import make_pdf, make_xlsx
from gen_build import Att, Spec, staff_addr
from gen_clin import PROC_FR, labs_inline, meds_block, med_str, picture
from gen_common import ORG_DOMAIN, ORG_FR, ascii_slug, d_fr, fmt_nam, name_as, signature
from gen_helpers import (NAM_STYLES, appt_time, g, dob_str, e_, fr_the, hello, hhmm, id_block, il, inline_ident,
                         partner, sender, thanks)


def referral(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["hf", "hf", "af", "valve"]))
    doc = w.patient("fr", age=(35, 60))
    gmf_addr = f"{doc.given[0].lower()}{ascii_slug(doc.surname).lower()}@gmf4v.example"
    block, types, nm = id_block(w, p, "fr", nam=True, mrn=False)
    clinic = {"hf": "clinique d'insuffisance cardiaque", "af": "clinique de FA", "valve": "clinique valvulaire"}[pic["kind"]]
    reasons = {
        "hf": f"{pic['dx_fr']}. Essoufflement aux efforts légers, orthopnée 2 oreillers, prise de poids de 3 kg en 10 jours.",
        "af": f"{pic['dx_fr']}. Palpitations quasi quotidiennes malgré le traitement, une visite à l'urgence en décembre.",
        "valve": f"{pic['dx_fr']}. Dyspnée NYHA III, une quasi-syncope à l'effort le mois dernier.",
    }
    urg = r.choice(["semi-urgent (< 4 semaines)", "prioritaire", "électif", "urgent si possible"])
    text = f"""{hello('fr', r)}

Je vous adresse {g(p, 'le patient suivant', 'la patiente suivante')} pour évaluation à votre {clinic}.

{block}
Tél. : {p.phone}

Motif : {reasons[pic['kind']]}
Priorité demandée : {urg}

Médication actuelle :
{meds_block(pic, 'fr', r)}

Derniers labos ({d_fr(now.date() - dt.timedelta(days=r.randint(3, 20)), 2)}) : {labs_inline(pic, 'fr')}

ATCD : HTA, dyslipidémie{r.choice([', DB2 sous metformine', ', MPOC légère', ', IRC stade 3', ''])}.

Le dernier ECG et l'écho de {now.year - 1} sont dans le DSQ. N'hésitez pas à me contacter.

Dr{'e' if doc.sex == 'F' else ''} {doc.full}
Médecin de famille — GMF des Quatre-Vents
Tél. : 819-555-0163 / téléc. 819-555-0164
"""
    types |= {"diagnosis", "medication", "lab_result", "patient_contact"}
    s = w.pick_staff("clerk")
    subj = r.choice([f"Demande de consultation — {clinic}", "Référence cardiologie",
                     f"Réf. {clinic} - {p.surname.upper()}", "Nouvelle demande de consultation (prioritaire)"])
    if p.surname.upper() in subj:
        pass
    return Spec("pos", "referral", "fr", subj, text, (f"Dr{'e' if doc.sex == 'F' else ''} {doc.full}", gmf_addr),
                [staff_addr(s), ("Centrale de rendez-vous ICVB", f"rdv.cardio@{ORG_DOMAIN}")], types,
                "demande de consultation d'un GMF", nams=[p] if p.nam else [], names=[nm])


def echo_request(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    pic = picture(r, r.choice(["af", "valve", "hf"]))
    s, sa = sender(w, "cardio")
    tech = w.pick_staff("echo")
    t = appt_time(w, now.date(), 1, 10)
    exam = {"af": "ETO avant cardioversion", "valve": "ETT de contrôle + ETO si fenêtre pauvre",
            "hf": "ETT (FEVG) — réévaluation après 3 mois de traitement optimal"}[pic["kind"]]
    nm = name_as(p, r.choice(["title", "sf_caps", "full", "title_sur"]), "fr")
    anticoag = r.choice(["sous apixaban depuis 5 semaines, aucune dose manquée selon " + g(p, "lui", "elle"),
                         "Xarelto 20 mg, observance confirmée avec la pharmacie",
                         "RNI thérapeutiques x 4 semaines (2,4 / 2,8 / 2,2 / 2,6)"])
    text = f"""{hello('fr', r, tech.given)}

Est-ce possible d'ajouter {nm} (dossier {p.mrn}) à la liste {r.choice(['de ' + d_fr(t.date()), 'de la semaine prochaine', 'de jeudi'])} pour une {exam}?

Indication : {pic['dx_fr']}.
{('Anticoagulation : ' + anticoag + '.') if pic['kind'] == 'af' else 'Comparer avec l’examen de l’an dernier svp.'}
{r.choice([il(p).capitalize() + ' sera à jeun depuis minuit si on le fait le matin.', g(p, 'Hospitalisé', 'Hospitalisée') + ' au 5e, ch. ' + str(r.randint(501, 540)) + '.', 'Vient de loin (Port-Aubert), idéalement en après-midi.'])}

{thanks('fr', r)}
{signature(s, 'fr', org=r.random() < 0.5, short=r.random() < 0.5)}
"""
    types = {"patient_name", "mrn", "diagnosis"} | ({"medication"} if pic["kind"] == "af" else set())
    subj = r.choice(["Ajout liste écho", f"{exam.split(' ')[0]} à céduler", "Demande d'examen — labo d'écho",
                     "ETO/ETT svp"])
    return Spec("pos", "echo_request", "fr", subj, text, sa, [staff_addr(tech), ("Labo d'écho", f"echo@{ORG_DOMAIN}")],
                types, "demande d'échographie au laboratoire", names=[nm])


def echo_report(w, now):
    r = w.rng
    p = w.patient("fr", nam=True, age=(18, 95))
    pic = picture(r, r.choice(["hf", "valve", "af"]))
    s, sa = sender(w, "echo")
    doc = w.pick_staff("cardio")
    ex_date = now.date() - dt.timedelta(days=r.randint(0, 3))
    ef = pic["ef"] if pic["kind"] == "hf" else r.choice([50, 55, 60])
    header = [f"{ORG_FR} — Laboratoire d'échocardiographie", "2200, boulevard des Tilleuls, Val-Bruyère  Tél. 819-555-0120"]
    nam_s = fmt_nam(p.nam, r.choice(["space", "plain"])) if p.nam else "—"
    lines = [f"Patient : {p.surname.upper()}, {p.given}      Sexe : {p.sex}      DDN : {d_fr(p.dob, 2)}",
             f"NAM : {nam_s}      Dossier : {p.mrn}      Date de l'examen : {d_fr(ex_date, 2)}",
             f"Médecin référent : {doc.title} {doc.full}      Technologue : {s.given[0]}. {s.surname}",
             "", "## Indication", pic["dx_fr"], "", "## Mesures",
             f"VG : DTD {r.randint(52, 71)} mm, DTS {r.randint(38, 60)} mm, SIV {r.randint(8, 13)} mm",
             f"FEVG (Simpson biplan) : {ef} %     GLS : -{r.randint(7, 19)} %",
             f"OG : volume indexé {r.randint(34, 58)} mL/m²      PAPs estimée : {r.randint(28, 62)} mmHg",
             f"E/e' moyen : {r.randint(9, 21)}      TAPSE : {r.randint(12, 24)} mm",
             "", "## Conclusion",
             f"{'Dysfonction systolique VG sévère' if ef <= 30 else 'Dysfonction VG modérée' if ef < 50 else 'FEVG préservée'}; "
             f"{r.choice(['IM modérée fonctionnelle', 'pas de valvulopathie significative', 'sténose aortique sévère', 'IT légère'])}.",
             "Comparé au " + d_fr(ex_date - dt.timedelta(days=r.randint(200, 500)), 2) + " : " +
             r.choice(["légère amélioration", "détérioration de la FEVG", "sans changement significatif"]) + ".",
             "", f"Interprété par : {doc.title} {doc.full}"]
    pdf = make_pdf("Rapport d'échocardiographie transthoracique", lines, header=header,
                   footer="Document confidentiel — usage clinique seulement", author="ICVB écho")
    fn = r.choice([f"ETT_{ascii_slug(p.surname).upper()}_{ex_date.strftime('%Y%m%d')}.pdf",
                   f"Rapport ETT {p.surname} {p.given}.pdf", f"echo_{p.mrn.replace(' ', '')}.pdf"])
    body = f"""{hello('fr', r, doc.given)}

Rapport final de l'ETT de ce matin ci-joint{r.choice([', signé.', '. La FEVG a baissé, je voulais que vous le voyiez tout de suite.', '.'])}
{r.choice(['', 'La copie papier suit par courrier interne.', 'Le DSQ sera mis à jour ce soir.'])}

{s.given}
Laboratoire d’écho, poste {s.ext}
"""
    nm = f"{p.surname.upper()}, {p.given}"
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "lab_result"} | ({"ramq_nam"} if p.nam else set())
    subj = r.choice(["Rapport ETT", "Rapport d'écho final", "ETT — rapport signé", "Résultat écho"])
    return Spec("pos", "echo_report", "fr", subj, body, sa, [staff_addr(doc)], types,
                "rapport d'échographie en PDF", attachments=[Att("pdf", fn, pdf)], nams=[p] if p.nam else [], names=[nm])


def cath_list(w, now):
    r = w.rng
    s, sa = sender(w, "clerk")
    day = w.future(now.date(), 2, 8)
    rows = [["Heure", "Salle", "Patient", "DDN", "Dossier", "Procédure", "Indication", "Anticoag./antiplaq.", "Provenance"]]
    pts = []
    for i in range(r.randint(5, 8)):
        p = w.patient("fr", nam=False)
        pic = picture(r, r.choice(["cad", "cad", "valve", "af", "brady"]))
        proc = {"cad": r.choice(["Coronarographie", "Coro ± ICP", "ICP IVA étagée"]),
                "valve": "Coro pré-TAVI", "af": "Ablation FA (salle EP)", "brady": "Implantation stimulateur DDD"}[pic["kind"]]
        hold = r.choice(["Cesser apixaban 48 h avant", "Plavix poursuivi", "Warfarine: RNI le matin", "ASA seulement", "—"])
        rows.append([f"{7 + i}:{r.choice(['30', '45', '00'])}", r.choice(["1", "2", "EP"]),
                     f"{p.surname.upper()}, {p.given}", d_fr(p.dob, 2), p.mrn, proc, pic["dx_fr"], hold,
                     r.choice(["Externe", "Urgence HGLV", "5e Nord", "Unité coronarienne", "Transfert HGLV"])])
        pts.append(p)
    xlsx = make_xlsx([(f"Hémo {day.strftime('%d-%m')}", rows)], author=s.full)
    fn = f"Programme_hemodynamie_{day.isoformat()}.xlsx"
    text = f"""Bonjour à tous,

Voici le programme de la salle d'hémodynamie pour le {d_fr(day)} ({len(rows) - 1} cas).
{r.choice(['Les deux derniers cas sont des ajouts de ce matin.', 'Merci de vérifier les consignes d’anticoagulation avec les patients lors de l’appel de confirmation.', 'La salle 2 ouvre à 8 h 30 (entretien).'])}

{s.given} {s.surname}
Agente administrative — hémodynamie, poste {s.ext}
"""
    doc = w.pick_staff("cardio")
    n = w.pick_staff("nurse")
    types = {"patient_name", "date_of_birth", "mrn", "diagnosis", "medication"}
    return Spec("pos", "cath_booking", "fr", f"Programme hémo {d_fr(day, 1)}", text, sa,
                [staff_addr(doc), staff_addr(n), ("Hémodynamie", f"hemo@{ORG_DOMAIN}")], types,
                "programme de la salle d'hémodynamie (XLSX)", attachments=[Att("xlsx", fn, xlsx)],
                names=[f"{pts[0].surname.upper()}, {pts[0].given}"])


def census(w, now):
    r = w.rng
    s, sa = sender(w, "cardio")
    to = w.pick_staff("cardio")
    lines, names = [], []
    styles = r.choice([("sf_caps", 0), ("initial", 1), ("title_sur", 2), ("lower", 3)])
    for i in range(r.randint(5, 9)):
        p = w.patient("fr", nam=False)
        pic = picture(r)
        nm = name_as(p, styles[0], "fr")
        names.append(nm)
        room = r.randint(401, 438)
        todo = r.choice(["suivre créat/K ce matin", "écho demandée", "coro demain, à jeun minuit", "cible diurèse -1 L",
                         "titrer bêtabloquant", "congé possible si stable", "attente lit réadapt.", "famille à rappeler",
                         "holter à poser", "RNI ce soir", "TSH en attente"])
        if styles[1] == 3:
            lines.append(f"{room} {nm} {p.age()}a - {pic['dx_fr'].split(',')[0].lower()} - {med_str(pic['meds'][0], 'fr', 0).lower()} - {todo}")
        else:
            lines.append(f"Ch. {room} | {nm} | {p.age()} ans | {pic['dx_fr']} | {med_str(pic['meds'][0], 'fr', r.randrange(4))} | {todo}")
    text = f"""{hello('fr', r, to.given)}

Liste pour la garde de {r.choice(['ce soir', 'la fin de semaine', 'demain'])} (unité de cardiologie, 4e) :

""" + "\n".join(lines) + f"""

{r.choice(['Rien d’instable. Le 4' + str(r.randint(10, 38)) + ' pourrait refaire de l’OAP, furo IV en PRN prescrit.', 'Bonne garde!', 'Appelle-moi si besoin, je suis joignable sur mon cell.'])}

{s.title} {s.given}
"""
    types = {"patient_name", "diagnosis", "medication"}
    return Spec("pos", "census", "fr", r.choice(["Liste de garde", "Sign-out cardio", "Liste 4e — passation", "Passation garde"]),
                text, sa, [staff_addr(to)], types, "liste de passation de garde avec chambres", names=names[:2])


def device_remote(w, now):
    r = w.rng
    p = w.patient("fr", nam=r.random() < 0.4)
    s, sa = sender(w, "device")
    doc = w.pick_staff("cardio")
    kind = r.choice(["pm", "icd", "crt"])
    dev = {"pm": "stimulateur double chambre", "icd": "DCI simple chambre", "crt": "CRT-D"}[kind]
    ev = r.choice([
        f"épisode de FA de {r.randint(6, 30)} h le {d_fr(now.date() - dt.timedelta(days=r.randint(1, 5)), 1)}, fardeau FA {r.randint(4, 35)} %",
        f"{r.randint(2, 9)} épisodes de TVNS, le plus long {r.randint(8, 24)} battements",
        "impédance de la sonde VD montée à 1 980 ohms (habituellement ~600)",
        "batterie à l'IRR (indicateur de remplacement recommandé)",
        f"pourcentage de stimulation BiV tombé à {r.randint(78, 91)} %",
        "indice de congestion thoracique (impédance) en hausse depuis 9 jours",
    ])
    if p.nam:
        ident, types, nm = inline_ident(w, p, "fr")
    else:
        nm = name_as(p, r.choice(["title", "sf_caps", "full"]), "fr")
        ident, types = f"{nm}, dossier {p.mrn}", {"patient_name", "mrn"}
    anticoag = r.choice(["Pas d'anticoagulant au dossier.", "Sous Eliquis 5 mg BID.", "Prend seulement de l'ASA 80.", ""])
    text = f"""{hello('fr', r, doc.given)}

Alerte de télésurveillance reçue ce matin pour {ident}, porteur{e_(p)} d'un {dev} (implanté en {r.randint(2014, 2023)}).

Événement : {ev}.
{anticoag}
{r.choice(['Je l’ai appelé' + e_(p) + ' : se sent bien, un peu plus essoufflé' + e_(p) + '.', 'Pas réussi à joindre, message laissé au ' + p.phone + '.', il(p).capitalize() + ' a un RV à la clinique dans 3 semaines, devance-t-on?'])}

Qu'est-ce que tu veux qu'on fasse? {r.choice(['Avancer la visite?', 'Ajuster la programmation?', 'Je peux ' + g(p, 'le', 'la') + ' voir en interrogation jeudi.'])}

{signature(s, 'fr', short=r.random() < 0.5)}
"""
    types |= {"diagnosis"} | ({"medication"} if "Eliquis" in anticoag or "ASA" in anticoag else set())
    if "Pas réussi" in text:
        types.add("patient_contact")
    subj = r.choice(["Alerte télésurveillance", "Transmission à réviser", f"Alerte {dev}", "Télésuivi — à voir"])
    return Spec("pos", "device_followup", "fr", subj, text, sa, [staff_addr(doc)], types,
                "alerte de télésurveillance d'un dispositif cardiaque", nams=[p] if p.nam else [], names=[nm])


def icd_note(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    s, sa = sender(w, "nurse")
    to = w.pick_staff("cardio")
    nm = name_as(p, r.choice(["lower", "lower_sur", "title_sur"]), "fr")
    if nm == p.surname.lower():
        nm = f"mme {nm}" if p.sex == "F" else f"m. {nm}"
    text = f"""{to.given.lower()},
{nm} a appelé ce matin, {r.choice(['choc du DCI hier soir vers 22h en montant l’escalier', '2 chocs pendant la nuit', 'un choc en faisant son épicerie'])}. {il(p)} dit se sentir correct{e_(p)} mais très {g(p, 'anxieux', 'anxieuse')}.
prend {r.choice(['sotalol 80 bid', 'amio 200 die', 'bisoprolol 5 mais dit en avoir oublié 2 jours'])}. dernier K {r.choice(['3,3', '3,6', '4,0'])} il y a 2 sem.
je lui ai dit de venir à l'urgence si un autre choc. on {g(p, 'le', 'la')} fait venir pour interrogation demain 8h?
{s.given[0].lower()}.
"""
    types = {"patient_name", "diagnosis", "medication", "lab_result"}
    return Spec("pos", "quick_note", "fr", r.choice(["choc dci", "appel ce matin", "DCI - choc", "svp rappeler"]), text,
                sa, [staff_addr(to)], types, "note rapide sur un choc de défibrillateur", names=[nm],
                force={"format": "plain"})


def name_in_subject(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    s, sa = sender(w, r.choice(["clerk", "nurse"]))
    to = w.pick_staff("echo")
    nm = name_as(p, r.choice(["title", "sf_caps", "full"]), "fr")
    why = r.choice([il(p).capitalize() + " a été admis" + e_(p) + " hier soir à l'HGLV pour un OAP, on reporte l'examen.",
                    "Hospitalisé" + e_(p) + " aux soins intensifs depuis samedi (NSTEMI), on annule.",
                    "La famille nous informe d'une chute avec fracture de hanche, examen reporté de 6 semaines.",
                    "Trop essoufflé" + e_(p) + " pour l'écho d'effort, le Dr demande plutôt une écho dobutamine."])
    proc = r.choice(PROC_FR[:4])
    text = f"""{hello('fr', r)}

Pour le RV de {proc} de {r.choice(['demain', 'jeudi', 'lundi prochain'])} : {why}
Le créneau est libéré, vous pouvez le redonner.

{thanks('fr', r)}
{s.given}
"""
    subj = r.choice([f"{nm} — annulation {proc}", f"Annulation RV : {nm}", f"RE: {nm} / {proc}"])
    return Spec("pos", "booking", "fr", subj, text, sa, [staff_addr(to)], {"patient_name", "diagnosis"},
                "annulation d'examen, nom seulement dans l'objet", names=[nm])


def filename_only(w, now):
    r = w.rng
    p = w.patient("fr", nam=False)
    s, sa = sender(w, "device")
    doc = w.pick_staff("cardio")
    d0 = now.date() - dt.timedelta(days=r.randint(2, 9))
    kind = r.choice(["Holter", "MAPA", "R-test"])
    findings = r.choice([
        ["Rythme de base : sinusal, FC moy 71, min 38 (nuit), max 142", "3 salves de TVNS (max 7 battements)",
         "Pause maximale 3,1 s à 03:12", "ESV 4,2 % (monomorphes)"],
        ["FA permanente, FC moyenne 112/min", "FC max 178 à l'effort", "Aucune pause > 2,5 s", "Contrôle de fréquence insuffisant"],
        ["Rythme sinusal", "Épisodes de BAV 2e degré Mobitz II, nocturnes", "Pause de 4,6 s corrélée à un étourdissement (journal)"],
    ])
    lines = [f"Date de pose : {d_fr(d0, 2)}   Durée : 48 h", "", "## Résultats"] + findings + ["", "## Impression",
             r.choice(["À corréler cliniquement.", "Indication de stimulation à discuter.", "Ajustement thérapeutique suggéré."])]
    pdf = make_pdf(f"Rapport {kind} — clinique de rythmologie", lines, author="ICVB rythmo")
    fn = r.choice([f"{kind}_{ascii_slug(p.surname)}_{ascii_slug(p.given)[0]}_{d0.isoformat()}.pdf",
                   f"{kind} {p.surname} {p.given}.pdf", f"{kind}_{p.surname.upper()}.pdf"])
    text = f"""{hello('fr', r, doc.given)}

{kind} lu, rapport en pièce jointe. {findings[1]}. {r.choice(['Je t’ai mis le tracé de la pause en page 2.', 'À signer quand tu peux.', 'Je pense qu’il faut ' + g(p, 'le', 'la') + ' revoir rapidement.'])}

{s.given}
"""
    nm = p.surname if "_" in fn else f"{p.surname} {p.given}"
    return Spec("pos", "test_result", "fr", r.choice([f"{kind} à signer", f"Résultat {kind}", "Rapport à réviser"]), text, sa,
                [staff_addr(doc)], {"patient_name", "diagnosis", "lab_result"},
                "rapport de holter, nom seulement dans le nom du fichier", attachments=[Att("pdf", fn, pdf)], names=[nm])


TEMPLATES = [referral, referral, referral, echo_request, echo_request, echo_report, echo_report, echo_report,
             cath_list, cath_list, census, census, device_remote, device_remote, device_remote, icd_note, icd_note,
             name_in_subject, name_in_subject, filename_only, filename_only]
