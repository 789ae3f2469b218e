"""Confidential messages in French (part 2)."""
import datetime as dt

from gen_attach import make_csv, make_docx, make_pdf, make_zip
from gen_clin import DEVICE_DX, HF_DX, PED_DX, meds
from gen_common import (CLINICS, DOM, ORG_FR, fold, fmt_date, luhn_serial, make_niss, make_nir, make_sin,
                        signature, staff_display)
from gen_ctx import EXT_MD, today, Ctx, Rec, spec
from gen_pos_fr import d

L = "fr"


def p_insurer(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.patient()
    md = ctx.staff("cardiologue")
    agent = ctx.staff("secrétaire", "agente")
    sin = make_sin(rng)
    dx = ctx.pick(HF_DX + DEVICE_DX)[0]
    stop = d(rng, -90, -20)
    insurer = ctx.pick([("Assurances Boréal inc.", "invalidite@assurances-boreal.example"),
                        ("La Mutuelle des Érables", "reclamations@mutuelle-erables.example")])
    paras = ["Déclaration du médecin traitant – Invalidité de courte durée",
             f"Nom de l'assuré(e) : {rec.name(p, 'upper_comma')}",
             f"Date de naissance : {rec.dob(p, ctx.pick(['iso', 'dmy']))}",
             f"Numéro d'assurance sociale : {rec.sin(sin, ctx.pick(['spaced', 'dashed', 'plain', 'fullwidth']))}",
             f"Diagnostic principal : {dx}",
             f"Date de l'arrêt de travail : {fmt_date(stop, 'iso')}",
             f"Traitement : {', '.join(meds(rng, L, 3))}",
             "Restrictions : aucun effort soutenu, pas de conduite de véhicule lourd pour 6 mois.",
             f"Retour au travail prévu : réévaluation le {fmt_date(d(rng, 20, 60), 'long_fr')}",
             f"Médecin : {staff_display(md)}, {CLINICS['ic'][0]}"]
    rec.t("diagnosis", "medication")
    doc = make_docx("Formulaire d'invalidité", paras, author=f"{agent[0]} {agent[1]}")
    fn = ctx.pick([f"Formulaire_invalidité_{fold(p.surname)}.docx", "formulaire_assureur_complete.docx"])
    if fold(p.surname) in fn:
        rec.names.append(fold(p.surname))
    text = ("Bonjour,\n\nVous trouverez ci-joint la déclaration du médecin traitant dûment remplie et signée "
            f"par {staff_display(md)} pour votre dossier de réclamation {rng.randrange(100000, 999999)}.\n\n"
            "Cordialement,\n" + signature(agent, "ic", L))
    return spec("insurer_form", L, "Déclaration du médecin traitant – réclamation", ctx.mb(agent),
                [insurer], text, rec, "disability form for an insurer with SIN (DOCX)",
                attachments=[{"kind": "docx", "filename": fn, "data": doc}])


def p_youth(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_child()
    ts = ctx.staff("travailleuse sociale")
    dx = ctx.pick(PED_DX)[0]
    par = "la mère" if ctx.chance(0.5) else "le père"
    text = (f"Bonjour,\n\nJe vous transmets un signalement concernant l'enfant suivant(e) :\n\n"
            f"{rec.idblock(p, rng.randrange(4), nam_style=ctx.pick(['plain', 'spaced', 'fullwidth']), dob_style='dmy')}\n"
            f"Adresse : {rec.addr(p)}\n\n"
            f"L'enfant est suivi(e) en cardiologie pour {dx}. Trois rendez-vous de suivi du dispositif ont été "
            f"manqués depuis juin et aucune transmission à distance n'a été reçue depuis 11 semaines. "
            f"Lors de la dernière visite, {par} semblait en état d'ébriété et l'enfant portait des ecchymoses "
            "au bras gauche expliquées de façon confuse.\n\n"
            "Le risque médical est réel (dépendance au stimulateur). Je demeure disponible pour une évaluation "
            "conjointe.\n\n" + signature(ts, "device", L))
    rec.t("diagnosis", "social_information")
    return spec("youth_protection", L, "Signalement – enfant suivi en cardiologie",
                ctx.mb(ts), [("Service de protection de la jeunesse des Monts", "signalement@spj-monts.example")],
                text, rec, "youth-protection report about a child with a cardiac device")


def p_nir(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    sex = ctx.pick("FM")
    given = ctx.pick(["Camille", "Océane", "Brigitte"] if sex == "F" else ["Thierry", "Didier", "Jean-Luc"])
    sur = ctx.pick(["Delacroix", "Maréchal", "Perrin", "Lefort"])
    from gen_common import Patient
    p = Patient(given, sur, sex, dt.date(rng.randrange(1948, 1980), rng.randrange(1, 13), rng.randrange(1, 28)))
    ctx._ready(p)
    nir = make_nir(rng, p.dob, p.sex)
    ep = ctx.staff("électrophysiologiste")
    text = (f"Cher confrère, chère consœur,\n\nVotre patient(e) {rec.name(p, 'title')}, "
            f"né(e) le {rec.dob(p, 'dmy')}, NIR {rec.nir(nir, ctx.pick(['spaced', 'plain', 'dotted']))}, "
            "en vacances dans notre région, a été admis(e) à notre unité coronarienne "
            f"le {fmt_date(d(rng, -6, -2), 'long_fr')} après {ctx.pick(['deux chocs appropriés', 'un orage rythmique (5 chocs)'])} "
            "de son défibrillateur pour TV rapide.\n\n"
            "Un chargement en amiodarone a été débuté (200 mg TID x 7 jours puis 200 mg DIE) et le bêtabloquant "
            "augmenté (bisoprolol 10 mg). Interrogation du DCI : sonde et batterie normales, zone de TV "
            "reprogrammée à 171 bpm.\n\n"
            "Le retour en France est prévu dans 10 jours; nous vous transmettrons le résumé de séjour complet. "
            "Une ablation pourrait être discutée à votre centre.\n\nConfraternellement,\n\n" +
            signature(ep, "device", L))
    rec.t("diagnosis", "medication")
    return spec("transfer_letter", L, "Patient(e) hospitalisé(e) au Québec – chocs DCI", ctx.mb(ep),
                [("Dr Yves Carmant", "secretariat.rythmo@clinique-tilleuls-lyon.example")], text, rec,
                "letter to a French cardiologist about a visiting patient (NIR)")


def p_niss(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    sex = ctx.pick("FM")
    given = ctx.pick(["Anne-Sophie", "Mireille"] if sex == "F" else ["Willem", "Benoît"])
    sur = ctx.pick(["Vanderbeke", "Dumortier", "Claessens"])
    from gen_common import Patient
    p = Patient(given, sur, sex, dt.date(rng.randrange(1944, 1990), rng.randrange(1, 13), rng.randrange(1, 28)))
    ctx._ready(p)
    niss = make_niss(rng, p.dob, p.sex)
    tech = ctx.staff("technologue en électrophysiologie")
    dx = ctx.pick(DEVICE_DX)[0]
    lines = [ORG_FR, CLINICS["device"][0], "", f"Patient(e) : {rec.name(p, 'upper_comma')}",
             f"Date de naissance : {rec.dob(p, 'dmy')}",
             f"NISS (Belgique) : {rec.niss(niss, ctx.pick(['official', 'plain', 'spaced']))}",
             f"Indication : {dx}", "",
             "Interrogation : seuil OD 0,75 V @ 0,4 ms, seuil VD 1,0 V @ 0,4 ms, onde R 9,8 mV, "
             f"impédance VD {rng.randrange(420, 780)} ohms, batterie 8,5 ans.",
             f"Stimulation : OD {rng.randrange(5, 60)} %, VD {rng.randrange(40, 99)} %. "
             f"Épisodes de FA : {rng.randrange(0, 6)}, durée totale {rng.randrange(1, 40)} min.",
             "Aucune reprogrammation."]
    rec.t("diagnosis", "lab_result")
    pdf = make_pdf("Rapport d'interrogation – stimulateur", lines)
    text = ("Madame, Monsieur,\n\nÀ la demande de votre affilié(e), veuillez trouver le rapport de contrôle "
            "de son stimulateur effectué lors de son séjour au Québec, ainsi que notre facture à suivre.\n\n"
            + signature(tech, "device", L))
    return spec("device_report", L, "Contrôle de stimulateur – affilié(e) en séjour", ctx.mb(tech),
                [("Mutualité Les Ardennes", "etranger@mutualite-ardennes.example")], text, rec,
                "pacemaker check report for a Belgian visitor (NISS) as PDF",
                attachments=[{"kind": "pdf", "filename": f"controle_stimulateur_{fold(sur).lower()}.pdf",
                              "data": pdf}])


def p_waitlist(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    agent = ctx.staff("agente", "coordonnatrice")
    chef = ctx.staff("chef", "cardiologue")
    rows = [("nom", "prenom", "sexe", "ddn", "nam", "priorite", "motif", "reference_recue")]
    for _ in range(rng.randrange(5, 9)):
        p = ctx.nam_adult()
        rec.names.append(p.surname)
        rec.t("patient_name")
        rows.append((p.surname.upper(), p.given, p.sex, rec.dob(p, "iso"), rec.nam(p), ctx.pick("ABC"),
                     ctx.pick(HF_DX)[0].split(",")[0], fmt_date(d(rng, -80, -3), "iso")))
    rec.t("diagnosis")
    csvtxt = make_csv(rows, delimiter=";")
    text = ("Bonjour,\n\nComme demandé, l'export de la liste d'attente de la clinique IC (priorités A à C). "
            f"Il y a {len(rows) - 1} nouvelles références depuis le dernier comité.\n\n" + signature(agent, "ic", L))
    return spec("waitlist_export", L, "Export liste d'attente IC", ctx.mb(agent), [ctx.mb(chef)], text, rec,
                "waiting-list CSV export with identifiers",
                attachments=[{"kind": "csv", "filename": f"liste_attente_IC_{today().strftime('%Y-%m')}.csv",
                              "data": csvtxt, "charset": ctx.pick(["utf-8", "windows-1252"])}])


def p_zip(ctx: Ctx):
    rng, rec = ctx.rng, Rec(L)
    p = ctx.nam_adult()
    tech = ctx.staff("technologue en électrophysiologie")
    ext = ctx.pick(EXT_MD[:4])
    md = ext[0]
    dx = ctx.pick(DEVICE_DX)[0]
    members = []
    for k, when in enumerate([d(rng, -200, -150), d(rng, -20, -1)]):
        lines = [f"{rec.name(p, 'upper_comma')}  –  DDN {rec.dob(p, 'iso')}  –  Sexe {p.sex}",
                 f"NAM : {rec.nam(p, 'spaced')}", f"Indication : {dx}", "",
                 f"Date du contrôle : {fmt_date(when, 'iso')}",
                 f"Seuil VD 0,{rng.randrange(5, 10)} V @ 0,4 ms; impédance {rng.randrange(400, 900)} ohms; "
                 f"batterie {rng.randrange(3, 11)} ans.",
                 f"Charge FA {rng.randrange(0, 30)} %; TV : {rng.randrange(0, 4)} épisode(s)."]
        members.append((f"controle_{when.strftime('%Y%m%d')}.pdf", make_pdf("Contrôle du dispositif", lines)))
    members.append(("LISEZMOI.txt", "Rapports de contrôle transmis au médecin traitant.\n".encode("utf-8")))
    z = make_zip(members)
    zn = f"controles_{fold(p.surname).upper()}_{p.given[0]}.zip"
    rec.t("diagnosis", "lab_result")
    text = (f"Bonjour,\n\nTel que demandé par {md}, voici les deux derniers rapports de contrôle de son "
            "patient (archive ZIP).\n\n" + signature(tech, "device", L))
    return spec("device_reports_zip", L, "Rapports de contrôle demandés", ctx.mb(tech),
                [(md, ext[1])], text, rec,
                "ZIP of device check reports for a referring physician",
                attachments=[{"kind": "zip", "filename": zn, "data": z}])
