"""Positive templates, part B: calendars, vCards, ZIPs, hand-overs, social situations, foreign identifiers."""
import datetime

from gen_common import (L, HOSPITALS, CLINICS, MEDS, actor, address, closing, fdate, fday, greet, hosp, clinic, oname, phone,
                        phone_fmt, sup, time_str, work_day, ORG_BY_KEY, make_mrn, fmt_nam, make_sin, fmt_sin, make_ohip,
                        fmt_ohip, make_niss, make_nir, Person, signature, email_of, PAT_GIVEN_F, PAT_GIVEN_M, PAT_SURNAMES)
from gen_tpl import mail, mailbox, nm, dob, dx, med, later, re_subj, fw_subj, reply, ascii_fname, who
from gen_pos_a import T, R
import gen_files as F


# ---------------------------------------------------------------- P15
def p_ics_visit(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('nursing', rng), sup('rental', rng)])
    snd = actor(w, s, lang)
    rcpt = actor(w, hosp(rng), lang, 'hospital')
    p = w.patient(0.4, min_age=40)
    addr = address(rng, lang)
    ph = phone(rng)
    vd = later(day, rng.randrange(1, 6))
    hh = rng.choice([9, 10, 13, 14])
    start = datetime.datetime(vd.year, vd.month, vd.day, hh, 0)
    end = start + datetime.timedelta(minutes=rng.choice([45, 60, 90]))
    kind = s['kind']
    summ = {'oxygen': L(lang, 'Installation concentrateur O2 – %s', 'O2 concentrator install - %s'),
            'nursing': L(lang, 'Visite conjointe SAD – %s', 'Joint home visit - %s'),
            'rental': L(lang, 'Livraison lit + évaluation ergo – %s', 'Bed delivery + OT assessment - %s')}[kind] % nm(p, lang, rng.choice([0, 1, 5]))
    desc = {'oxygen': L(lang, 'MPOC sévère, SpO2 86 %% à l\'air ambiant. Débit 2 L/min. Appeler la fille au %s avant d\'arriver.',
                        'Severe COPD, SpO2 86%% on room air. Flow 2 L/min. Call daughter at %s before arriving.'),
            'nursing': L(lang, 'Ulcère veineux jambe gauche, pansement compressif. Patient diabétique sous insuline. Tél. : %s',
                         'Left leg venous ulcer, compression dressing. Insulin-dependent diabetic. Phone: %s'),
            'rental': L(lang, 'Retour à domicile post-AVC, hémiparésie droite. Évaluation du transfert au lit avec l\'ergothérapeute. Tél. : %s',
                        'Home after stroke, right hemiparesis. Bed transfer assessment with the OT. Phone: %s')}[kind] % ph
    ics = F.make_ics('%08x@%s' % (rng.randrange(16 ** 8), s['dom']), start, end, summ, addr, desc,
                     (snd['name'], snd['addr']), [who(rcpt)])
    text = L(lang, '%s\n\nJe vous envoie l\'invitation pour la visite du %s à %s. Merci de confirmer votre présence.\n\n%s',
             '%s\n\nSending you the invitation for the visit on %s (%s). Please confirm if you can attend.\n\n%s') % (
        greet(rng, lang), fday(vd, lang), time_str(rng, lang, hh, 0), snd['sig'])
    m = mail(rng, snd, [rcpt], summ if rng.random() < 0.5 else L(lang, 'Invitation : visite à domicile', 'Invitation: home visit'),
             text, day, lang, attachments=[dict(kind='text', text=ics, ctype='text/calendar', filename='invite.ics', charset='utf-8')])
    types = T('patient_name', 'patient_contact', 'diagnosis', 'lab_result' if kind == 'oxygen' else None,
              'medication' if kind == 'nursing' else None)
    return R('ics_visit', types, 'calendar invitation for a home visit with patient address and condition', m)


# ---------------------------------------------------------------- P16
def p_vcard_patient(w, rng, lang):
    day = work_day(rng)
    s = sup('nursing', rng)
    snd = actor(w, s, lang)
    rcpt = rng.choice([actor(w, s, lang), actor(w, ORG_BY_KEY['clsc3c'], lang, 'hospital')])
    p = w.patient(0.4, min_age=50)
    ph = phone(rng)
    city = rng.choice(['Joliette', 'Repentigny', 'Longueuil', 'Laval'])
    street = '%d %s' % (rng.randrange(10, 999), rng.choice(['rue des Lilas', 'rue Principale', 'avenue Bellevue']))
    note = rng.choice(L(lang, ['Client SAD. Ulcère jambe D, pansement lundi-jeudi. Allergie pénicilline. Chien dans la maison.',
                               'Cliente en soins palliatifs (cancer pulmonaire). Pompe s.c. hydromorphone. Code de porte 4512.',
                               'Insuffisance cardiaque, pesée quotidienne. Furosémide 40 mg BID. Malentendant, sonner fort.'],
                        ['Home care client. Right leg ulcer, dressing Mon-Thu. Penicillin allergy. Dog in the house.',
                         'Palliative client (lung cancer). SC hydromorphone pump. Door code 4512.',
                         'Heart failure, daily weights. Furosemide 40 mg BID. Hard of hearing, ring loudly.']))
    vc = F.make_vcard(p.full, p.given, p.surname, tels=[('HOME', ph), ('CELL', phone(rng))],
                      adr=('HOME', street, city, 'QC', '', 'Canada'), note=note, bday=p.dob.isoformat())
    text = L(lang, '%s\n\nVoici la fiche contact du nouveau client pour ta tournée de demain. Tout est dans la note.\n\n%s',
             '%s\n\nHere is the contact card of the new client for your route tomorrow. Details are in the note.\n\n%s') % (
        greet(rng, lang), snd['sig'])
    fname = '%s.vcf' % ascii_fname(p.full)
    m = mail(rng, snd, [rcpt], L(lang, 'Fiche contact nouveau client', 'New client contact card'), text, day, lang,
             attachments=[dict(kind='text', text=vc, ctype=rng.choice(['text/vcard', 'text/x-vcard']), filename=fname, charset='utf-8')])
    types = T('patient_name', 'patient_contact', 'date_of_birth', 'diagnosis', 'medication' if 'mg' in note or 'hydromorphone' in note else None)
    return R('vcard_patient', types, 'vCard of a home-care client with birthday and clinical note', m)


# ---------------------------------------------------------------- P17
def p_zip_bundle(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = rng.choice([sup('ambulance', rng), sup('nursing', rng)])
    use_nam = rng.random() < 0.5
    p = w.nam_patient(min_age=30) if use_nam else w.patient(0.3, min_age=30)
    mrn = make_mrn(rng, h)
    k = rng.choice(['pe', 'chf', 'stroke', 'cirr'])
    meds = rng.sample(MEDS, 4)
    blocks = [('field', L(lang, 'Patient :', 'Patient:'), p.full), ('field', L(lang, 'Date de naissance :', 'Date of birth:'), dob(p, lang, 1)),
              ('field', L(lang, 'No dossier :', 'MRN:'), mrn)]
    if use_nam:
        blocks.append(('field', 'NAM :', p.nam))
    blocks += [('field', L(lang, 'Diagnostic :', 'Diagnosis:'), dx(k, lang)),
               L(lang, 'Transfert vers %s, départ prévu le %s.', 'Transfer to %s, departure planned %s.') % (oname(rng.choice(HOSPITALS), lang), fdate(later(day, 1), lang))]
    pdf = F.make_pdf(L(lang, 'Fiche de transfert interétablissements', 'Interfacility transfer sheet'), blocks, author=snd['name'])
    csvt = F.make_csv(L(lang, ['Médicament', 'Dernière dose'], ['Medication', 'Last dose']), [[med(x, lang), '08:00'] for x in meds])
    z = F.make_zip([(L(lang, 'fiche_transfert.pdf', 'transfer_sheet.pdf'), pdf), (L(lang, 'medicaments.csv', 'medications.csv'), csvt.encode('utf-8'))])
    text = L(lang, '%s\n\nDocuments de transfert compressés ci-joints (mot de passe transmis par téléphone).\n\n%s\n%s',
             '%s\n\nCompressed transfer documents attached (password given by phone).\n\n%s\n%s') % (greet(rng, lang), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Documents transfert %s', 'Transfer docs %s') % fdate(later(day, 1), lang, 1), text, day, lang,
             attachments=[dict(kind='bin', data=z, ctype=rng.choice(['application/zip', 'application/x-zip-compressed']),
                               filename=L(lang, 'transfert_%s.zip', 'transfer_%s.zip') % day.strftime('%Y%m%d'))])
    return R('zip_bundle', T('patient_name', 'ramq_nam' if use_nam else None, 'date_of_birth', 'mrn', 'diagnosis', 'medication'),
             'ZIP with transfer sheet PDF and medication CSV', m)


# ---------------------------------------------------------------- P18
def p_handover_list(w, rng, lang):
    day = work_day(rng)
    s = sup('nursing', rng)
    snd = actor(w, s, lang)
    rcpt = actor(w, rng.choice([ORG_BY_KEY['clsc3c'], ORG_BY_KEY['cisssbl']]), lang, 'hospital')
    items = []
    probs = L(lang, ['pansement ulcère sacrum stade 3, prochaine visite lundi', 'INR 4,2 samedi – warfarine suspendue 1 jour, reprise à 3 mg',
                     'glycémies élevées (19-22), insuline ajustée par le Dr au téléphone', 'PICC bouché, rincé à l\'héparine, à surveiller',
                     'chute sans blessure vendredi soir, famille avisée', 'douleur mal contrôlée – hydromorphone augmentée à 2 mg q4h',
                     'confusion nouvelle, culture d\'urine envoyée', 'œdème MI ++, poids +2,4 kg en 3 jours (IC)'],
              ['sacral ulcer stage 3 dressing, next visit Monday', 'INR 4.2 Saturday - warfarin held 1 day, resume 3 mg',
               'high sugars (19-22), insulin adjusted by MD over the phone', 'blocked PICC, flushed with heparin, monitor',
               'fall without injury Friday night, family informed', 'pain poorly controlled - hydromorphone increased to 2 mg q4h',
               'new confusion, urine culture sent', 'leg edema ++, weight up 2.4 kg in 3 days (CHF)'])
    with_addr = rng.random() < 0.5
    used = []
    for i in range(rng.randrange(4, 8)):
        p = w.patient(0.35, min_age=45)
        pi = rng.randrange(len(probs))
        used.append(pi)
        line = '%d. %s – %s' % (i + 1, nm(p, lang, rng.choice([0, 1, 2, 4, 5, 6])), probs[pi])
        if with_addr:
            line += ' (%s)' % address(rng, lang)
        items.append(line)
    text = L(lang, '%s\n\nRapport de garde de la fin de semaine (%s) pour les clients partagés avec votre équipe :\n\n%s\n\n'
                   'Rien d\'autre à signaler. Bonne semaine.\n\n%s',
             '%s\n\nWeekend on-call report (%s) for the clients we share with your team:\n\n%s\n\nNothing else to report.\n\n%s') % (
        greet(rng, lang), fdate(day - datetime.timedelta(days=day.weekday() + 2), lang), '\n'.join(items), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Rapport de garde fin de semaine', 'Weekend on-call handover'), text, day, lang)
    return R('handover_list', T('patient_name', 'diagnosis', 'medication' if set(used) & {1, 2, 3, 5} else None,
                                'lab_result' if set(used) & {1, 2} else None, 'patient_contact' if with_addr else None),
             'weekend hand-over list of named home-care clients', m)


# ---------------------------------------------------------------- P19
def p_social_situation(w, rng, lang, variant=None):
    day = work_day(rng)
    v = variant if variant is not None else rng.randrange(5)
    h = hosp(rng)
    sw = actor(w, h, lang, 'hospital')
    sw_role = L(lang, 'Travailleuse sociale', 'Social worker')
    sw['sig'] = signature(rng, sw['name'], sw_role, h, lang)
    types = ['patient_name', 'social_information']
    if v == 0:
        s = sup('ambulance', rng)
        p = w.patient(0.4, min_age=40)
        text = L(lang, '%s\n\nJe fais suite à la facture de transport ambulancier no %d envoyée à %s (%s). '
                       'Cette personne est prestataire de l\'aide sociale, vit seule et n\'a aucun revenu d\'appoint; elle ne pourra pas acquitter les 125 $ + 1,75 $/km. '
                       'Pouvez-vous suspendre le recouvrement le temps que nous déposions la demande d\'exemption?\n\n%s\n%s',
                 '%s\n\nFollowing up on ambulance invoice no. %d sent to %s (%s). This person is on social assistance, lives alone and has '
                 'no other income; they cannot pay the $125 + $1.75/km. Could you put collection on hold while we file the exemption request?\n\n%s\n%s') % (
            greet(rng, lang), rng.randrange(100000, 999999), nm(p, lang, rng.choice([1, 0, 2])), address(rng, lang), closing(rng, lang), sw['sig'])
        to = [mailbox(s, rng)]
        types.append('patient_contact')
        subj = L(lang, 'Facture transport – demande de suspension', 'Ambulance invoice - hold request')
    elif v == 1:
        s = sup('adapted', rng)
        kid = w.nam_patient(min_age=4, max_age=15) if rng.random() < 0.5 else w.invented_patient(5, 14)
        text = L(lang, '%s\n\nDans le cadre d\'un suivi en protection de la jeunesse (DPJ), %s, né%s le %s, doit être conduit%s '
                       'aux visites supervisées au point de service de %s tous les mercredis à 16h. IMPORTANT : l\'enfant ne doit en aucun cas '
                       'être remis à la mère; seule la famille d\'accueil peut le recevoir au retour.\n\n%s\n%s',
                 '%s\n\nAs part of a youth protection (DPJ) file, %s, born %s, must be driven to supervised visits at the %s service point '
                 'every Wednesday at 4 p.m. IMPORTANT: the child must not be released to the mother under any circumstances; only the '
                 'foster family may receive the child on return.\n\n%s\n%s')
        if lang == 'fr':
            text = text % (greet(rng, lang), kid.full, 'e' if kid.sex == 'F' else '', dob(kid, lang, 0), 'e' if kid.sex == 'F' else '',
                           rng.choice(['Joliette', 'Longueuil', 'Laval']), closing(rng, lang), sw['sig'])
        else:
            text = text % (greet(rng, lang), kid.full, dob(kid, lang, 0), rng.choice(['Joliette', 'Longueuil', 'Laval']), closing(rng, lang), sw['sig'])
        to = [mailbox(s, rng)]
        types.append('date_of_birth')
        subj = L(lang, 'Transport visites supervisées – confidentiel', 'Supervised visit transport - confidential')
    elif v == 2:
        s = sup('nursing', rng)
        snd = actor(w, s, lang)
        p = w.patient(0.3, min_age=25, max_age=80)
        text = L(lang, '%s\n\nLors de la visite d\'hier, %s nous a confié être victime de violence conjugale (ecchymoses aux bras observées). '
                       'La personne a demandé que son adresse actuelle (%s) ne soit jamais communiquée à son conjoint, qui appelle parfois notre service. '
                       'Pouvez-vous ajouter une alerte au dossier et nous dire si une travailleuse sociale peut la rappeler?\n\n%s\n%s',
                 '%s\n\nDuring yesterday\'s visit, %s disclosed being a victim of intimate partner violence (bruising seen on both arms). '
                 'The client asked that the current address (%s) never be given to the partner, who sometimes calls our service. '
                 'Could you flag the chart and let us know if a social worker can call back?\n\n%s\n%s') % (
            greet(rng, lang), nm(p, lang, rng.choice([0, 1, 5])), address(rng, lang), closing(rng, lang), snd['sig'])
        sw, to = snd, [who(actor(w, h, lang, 'hospital'))]
        types += ['patient_contact', 'diagnosis']
        subj = L(lang, 'Signalement – visite à domicile', 'Concern from home visit')
    elif v == 3:
        s = sup('oxygen', rng)
        snd = actor(w, s, lang)
        p = w.patient(0.4, min_age=40)
        text = L(lang, '%s\n\nNotre client %s (MPOC, O2 2 L/min 24 h) a été expulsé de son logement la semaine dernière pour loyers impayés. '
                       'Hébergement temporaire au refuge La Traverse, %s, où les concentrateurs ne sont pas permis dans les dortoirs. '
                       'Le dossier est-il suivi par votre service social? On ne peut pas laisser des bouteilles sans surveillance là-bas.\n\n%s\n%s',
                 '%s\n\nOur client %s (COPD, O2 2 L/min 24 h) was evicted last week for unpaid rent and is staying at the La Traverse shelter, %s, '
                 'where concentrators are not allowed in the dormitories. Is social work following? We cannot leave cylinders unattended there.\n\n%s\n%s') % (
            greet(rng, lang), nm(p, lang, rng.choice([0, 2, 4])), address(rng, lang), closing(rng, lang), snd['sig'])
        sw, to = snd, [who(actor(w, h, lang, 'hospital'))]
        types += ['diagnosis', 'patient_contact']
        subj = L(lang, 'Client sans logement – oxygène', 'Client now homeless - oxygen')
    else:
        s = sup('adapted', rng)
        p = w.patient(0.4, min_age=25, max_age=70)
        text = L(lang, '%s\n\n%s n\'a plus d\'adresse fixe depuis sa sortie de prison et dort chez un ami au %s. Suivi en hémodialyse '
                       'lundi-mercredi-vendredi. Son admissibilité au transport adapté est en révision; pouvez-vous maintenir les courses '
                       'en attendant? Pas de téléphone, laisser les messages au poste de dialyse.\n\n%s\n%s',
                 '%s\n\n%s has had no fixed address since release from prison and sleeps at a friend\'s at %s. On hemodialysis '
                 'Mon-Wed-Fri. Eligibility for adapted transit is under review; can you keep the rides going in the meantime? '
                 'No phone, leave messages at the dialysis desk.\n\n%s\n%s') % (
            greet(rng, lang), nm(p, lang, rng.choice([0, 1, 2])), address(rng, lang), closing(rng, lang), sw['sig'])
        to = [mailbox(s, rng)]
        types += ['diagnosis', 'patient_contact']
        subj = L(lang, 'Maintien des transports – situation particulière', 'Keep rides going - special situation')
    m = mail(rng, sw, to, subj, text, day, lang)
    return R('social_situation', types, 'social situation (income, youth protection, violence or housing) of a named person', m)


# ---------------------------------------------------------------- P20
OV = dict(key='ovrhc', fr='Centre régional de santé de la vallée de l\'Outaouais', en='Ottawa Valley Regional Health Centre',
          dom='ovrhc.example', addr='400 Pembroke St W, Pembroke, ON K8A 5P7', kind='hospital')


def p_ontario_transfer(w, rng, lang):
    day = work_day(rng)
    snd = actor(w, OV, lang, 'hospital')
    s = sup('ambulance', rng)
    dest = rng.choice(HOSPITALS)
    p = w.invented_patient(30, 90)
    num, vc = make_ohip(rng)
    k = rng.choice(['stroke', 'pe', 'chf', 'cirr', 'hip'])
    meds = rng.sample(MEDS, 2)
    st = rng.randrange(4)
    text = L(lang, '%s\n\nDemande de transport interétablissements (Ontario → Québec) :\n\nPatient : %s\nDDN : %s\nCarte santé Ontario : %s\n'
                   'Diagnostic : %s\nMédication en cours : %s\nDe : %s, unité 3B\nVers : %s\nDépart souhaité : %s, %s\n'
                   'Niveau de soins : ambulance avec paramédic en soins avancés\n\n%s\n%s',
             '%s\n\nInterfacility transfer request (Ontario to Quebec):\n\nPatient: %s\nDOB: %s\nOntario health card: %s\n'
             'Diagnosis: %s\nCurrent meds: %s\nFrom: %s, unit 3B\nTo: %s\nRequested departure: %s, %s\n'
             'Level of care: ALS paramedic crew\n\n%s\n%s') % (
        greet(rng, lang), nm(p, lang, rng.choice([0, 2])), dob(p, lang, rng.randrange(4)), fmt_ohip(num, vc, st), dx(k, lang),
        '; '.join(med(x, lang) for x in meds), oname(OV, lang), oname(dest, lang), fday(later(day, 1), lang),
        time_str(rng, lang, rng.choice([8, 9, 10]), 0), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Transfert interprovincial', 'Interprovincial transfer request'), text, day, lang)
    return R('ontario_transfer', ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis', 'medication'],
             'interprovincial transfer with Ontario health number', m)


# ---------------------------------------------------------------- P21
def p_belgian_visitor(w, rng, lang):
    day = work_day(rng)
    h = rng.choice(HOSPITALS + CLINICS)
    snd = actor(w, h, lang, 'hospital')
    s = sup(rng.choice(['oxygen', 'rental', 'dialysis']), rng)
    sex = rng.choice('MF')
    p = Person(rng.choice(['Annelies', 'Martine', 'Véronique', 'Els']) if sex == 'F' else rng.choice(['Jan', 'Luc', 'Dirk', 'Philippe']),
               rng.choice(['Peeters', 'Janssens', 'Maes', 'Dubois', 'Claes', 'Wouters']),
               datetime.date(rng.randrange(1938, 1975), rng.randrange(1, 13), rng.randrange(1, 29)), sex)
    niss = make_niss(rng, p.dob, p.sex)
    fmt = rng.choice([niss, '%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), '%s %s %s %s %s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:])])
    need = {'oxygen': L(lang, 'd\'un concentrateur d\'oxygène (1,5 L/min, MPOC) et d\'un concentrateur portable pour 3 semaines',
                        'an oxygen concentrator (1.5 L/min, COPD) and a portable unit for 3 weeks'),
            'rental': L(lang, 'd\'un fauteuil roulant et d\'un siège de bain (sclérose en plaques, marche limitée)',
                        'a wheelchair and a bath seat (multiple sclerosis, limited walking)'),
            'dialysis': L(lang, 'de fournitures de dialyse péritonéale pour 15 jours (IRC terminale)',
                          'peritoneal dialysis supplies for 15 days (end-stage kidney disease)')}[s['kind']]
    text = L(lang, '%s\n\n%s, touriste belge en séjour chez sa fille au %s jusqu\'au %s, aura besoin %s. '
                   'Numéro de registre national (NISS) : %s. La facturation se fera par sa mutualité (Mutualité chrétienne), '
                   'formulaire à suivre. Téléphone sur place : %s.\n\n%s\n%s',
             '%s\n\n%s, a Belgian visitor staying with family at %s until %s, will need %s. Belgian national number (NISS): %s. '
             'Billing through the Belgian mutual insurer, form to follow. Local phone: %s.\n\n%s\n%s') % (
        greet(rng, lang), nm(p, lang, rng.choice([1, 0])), address(rng, lang), fdate(later(day, 21), lang), need, fmt,
        phone(rng), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Patiente/patient de passage – Belgique', 'Visitor from Belgium - equipment'), text, day, lang)
    return R('belgian_visitor', ['be_niss', 'patient_name', 'diagnosis', 'patient_contact'], 'Belgian visitor with NISS needing equipment', m)


# ---------------------------------------------------------------- P22
def p_french_visitor(w, rng, lang):
    day = work_day(rng)
    c = ORG_BY_KEY['cnrap']
    snd = actor(w, c, lang, 'hospital')
    s = sup('adapted', rng)
    sex = rng.choice('MF')
    p = Person(rng.choice(['Bernard', 'Christian', 'Thierry', 'Hervé']) if sex == 'M' else rng.choice(['Sylviane', 'Brigitte', 'Nadine', 'Corinne']),
               rng.choice(['Moreau', 'Lefèvre', 'Garnier', 'Chevalier', 'Rousseau', 'Faure']),
               datetime.date(rng.randrange(1940, 1980), rng.randrange(1, 13), rng.randrange(1, 29)), sex)
    nir = make_nir(rng, p.dob, p.sex)
    fmt = rng.choice([nir, '%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13], nir[13:])])
    hb = rng.randrange(95, 121)
    text = L(lang, '%s\n\nNous accueillons en dialyse de vacances %s (né%s le %s), hémodialysé%s chronique en France, '
                   'du %s au %s. NIR (sécurité sociale) : %s. Sérologies VHB, VHC et VIH négatives (bilan du mois dernier), Hb %d g/L.\n\n'
                   'Il faudrait organiser le transport adapté entre l\'hôtel (%s) et le centre les lundis, mercredis et vendredis à 6h45.\n\n%s\n%s',
             '%s\n\nWe are hosting %s (born %s), a chronic hemodialysis patient from France, for holiday dialysis from %s to %s. '
             'French social security number (NIR): %s. HBV, HCV and HIV serologies negative (last month), Hb %d g/L.\n\n'
             'Please arrange adapted transport between the hotel (%s) and the centre on Mon/Wed/Fri at 6:45 a.m.\n\n%s\n%s')
    e = 'e' if p.sex == 'F' else ''
    hotel = '%d, %s, Laval (Québec)' % (rng.randrange(100, 3000), rng.choice(['boul. Le Corbusier', 'boul. Chomedey', 'autoroute 440 O.']))
    if lang == 'fr':
        text = text % (greet(rng, lang), nm(p, lang, rng.choice([1, 0, 2])), e, dob(p, lang, 0), e, fdate(later(day, 10), lang),
                       fdate(later(day, 31), lang), fmt, hb, hotel, closing(rng, lang), snd['sig'])
    else:
        text = text % (greet(rng, lang), nm(p, lang, rng.choice([1, 0, 2])), dob(p, lang, 0), fdate(later(day, 10), lang),
                       fdate(later(day, 31), lang), fmt, hb, hotel, closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Dialyse vacances – transport', 'Holiday dialysis - transport'), text, day, lang)
    return R('french_visitor', ['fr_nir', 'patient_name', 'date_of_birth', 'diagnosis', 'lab_result'], 'French holiday-dialysis patient with NIR', m)


# ---------------------------------------------------------------- P23
def p_sin_form(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = sup(rng.choice(['adapted', 'adapted', 'ambulance']), rng)
    p = w.patient(0.3, min_age=25, max_age=70)
    sn = make_sin(rng)
    st = rng.randrange(4)
    as_pdf = rng.random() < 0.5
    fields = [(L(lang, 'Nom', 'Name'), p.full), (L(lang, 'NAS', 'SIN'), fmt_sin(sn, st)),
              (L(lang, 'Source de revenu', 'Income source'), L(lang, 'aide sociale (programme de solidarité sociale)', 'social assistance')),
              (L(lang, 'Motif des déplacements', 'Reason for trips'), L(lang, 'hémodialyse 3 fois/semaine', 'hemodialysis 3x/week')),
              (L(lang, 'Adresse', 'Address'), address(rng, lang))]
    intro = L(lang, 'Voici les renseignements pour la demande d\'aide financière au transport de %s.', 'Here is the information for the transport '
               'financial assistance application for %s.') % nm(p, lang, 1)
    if as_pdf:
        pdf = F.make_pdf(L(lang, 'Demande d\'aide financière – transport médical', 'Medical transport assistance application'),
                         [('field', a + ' :', b) for a, b in fields], author=snd['name'])
        atts = [dict(kind='bin', data=pdf, ctype='application/pdf', filename=L(lang, 'demande_d’aide_financière_transport.pdf', 'transport_assistance.pdf'))]
        text = '%s\n\n%s %s\n\n%s\n%s' % (greet(rng, lang), intro, L(lang, 'Le formulaire signé est joint.', 'Signed form attached.'), closing(rng, lang), snd['sig'])
    else:
        atts = []
        text = '%s\n\n%s\n\n%s\n\n%s\n%s' % (greet(rng, lang), intro, '\n'.join(('%s : %s' if lang == 'fr' else '%s: %s') % f for f in fields),
                                             closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], L(lang, 'Demande d\'aide au transport', 'Transport assistance application'), text, day, lang, attachments=atts)
    return R('sin_form', ['ca_sin', 'patient_name', 'social_information', 'diagnosis', 'patient_contact'],
             'transport assistance application with SIN and income support%s' % (' (PDF)' if as_pdf else ''), m)


# ---------------------------------------------------------------- P24
def p_incident_report(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('ambulance', rng), sup('adapted', rng)])
    snd = actor(w, s, lang)
    h = hosp(rng)
    rcpt = (L(lang, 'Gestion des risques', 'Risk management'), 'gestion.risques@%s' % h['dom'])
    p = w.patient(0.4, min_age=60)
    mrn = make_mrn(rng, h) if rng.random() < 0.5 else None
    inj = rng.choice(L(lang, ['une lacération de 4 cm au cuir chevelu', 'une douleur à l\'épaule gauche (radiographie demandée)',
                              'un hématome à la hanche droite'],
                       ['a 4 cm scalp laceration', 'left shoulder pain (X-ray ordered)', 'a bruise on the right hip']))
    text = L(lang, '%s\n\nRapport d\'incident : le %s vers %s, lors du transfert de %s%s de la civière au lit à l\'urgence, la civière a basculé. '
                   'Le patient, connu pour %s et sous apixaban, a subi %s. Les paramédics ont avisé l\'infirmière au triage. '
                   'Le rapport AH-223 suit.\n\n%s\n%s',
             '%s\n\nIncident report: on %s around %s, while transferring %s%s from stretcher to bed in the ED, the stretcher tipped. '
             'The patient, known for %s and on apixaban, sustained %s. Paramedics notified the triage nurse. Formal report to follow.\n\n%s\n%s') % (
        greet(rng, lang), fday(day, lang), time_str(rng, lang), nm(p, lang, rng.choice([0, 1, 2])),
        (L(lang, ' (dossier ', ' (MRN ') + fmt_mrn(mrn, rng.randrange(4)) + ')') if mrn else '', dx(rng.choice(['dementia', 'copd', 'stroke']), lang), inj,
        closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Incident lors d\'un transfert', 'Incident during transfer'), text, day, lang)
    return R('incident_report', T('patient_name', 'mrn' if mrn else None, 'diagnosis', 'medication'), 'transport incident report naming the patient', m)


# ---------------------------------------------------------------- P25
def p_discharge_summary(w, rng, lang):
    day = work_day(rng)
    h = hosp(rng)
    snd = actor(w, h, lang, 'hospital')
    s = rng.choice([sup('nursing', rng), sup('oxygen', rng)])
    use_nam = rng.random() < 0.5
    p = w.nam_patient(min_age=40) if use_nam else w.patient(0.3, min_age=40)
    mrn = make_mrn(rng, h)
    k = rng.choice(['chf', 'copd', 'pe', 'sepsis'])
    meds = rng.sample(MEDS, 4)
    doc = w.doctor(lang)
    blocks = [('field', L(lang, 'Nom :', 'Name:'), p.full), ('field', L(lang, 'Date de naissance :', 'Date of birth:'), dob(p, lang, 1)),
              ('field', L(lang, 'Dossier :', 'MRN:'), mrn)]
    if use_nam:
        blocks.append(('field', 'NAM :', fmt_nam(p.nam, rng.randrange(3))))
    blocks += [('h', L(lang, 'Diagnostic principal', 'Principal diagnosis')), dx(k, lang),
               ('h', L(lang, 'Évolution', 'Hospital course')),
               L(lang, 'Admission pour décompensation. Créatinine 142 µmol/L au congé, Hb 108 g/L, BNP 1 240 ng/L.',
                 'Admitted for decompensation. Creatinine 142 µmol/L at discharge, Hb 108 g/L, BNP 1,240 ng/L.'),
               ('h', L(lang, 'Médication au congé', 'Discharge medication')), '\n'.join(med(x, lang) for x in meds),
               L(lang, 'Médecin traitant : ', 'Attending: ') + doc]
    title = L(lang, 'Résumé de congé', 'Discharge summary')
    if rng.random() < 0.5:
        data, ctype, ext = F.make_pdf(title, blocks, author=snd['name']), 'application/pdf', 'pdf'
        blocks = None
    else:
        data, ctype, ext = F.make_docx(title, blocks, author=snd['name']), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'
    fname = rng.choice([L(lang, 'résumé_de_congé.%s', 'discharge_summary.%s') % ext, 'DS_%s.%s' % (mrn, ext), '%s_%s.%s' % (title.replace(' ', '_'), day.strftime('%Y%m%d'), ext)])
    text = L(lang, '%s\n\nComme convenu, voici le résumé de congé pour la reprise des services à domicile.\n\n%s\n%s',
             '%s\n\nAs agreed, here is the discharge summary so home services can resume.\n\n%s\n%s') % (greet(rng, lang), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [mailbox(s, rng)], title, text, day, lang, attachments=[dict(kind='bin', data=data, ctype=ctype, filename=fname)])
    return R('discharge_summary', T('patient_name', 'ramq_nam' if use_nam else None, 'date_of_birth', 'mrn', 'diagnosis', 'lab_result', 'medication'),
             'discharge summary attached (%s)' % ext, m)


# ---------------------------------------------------------------- P26
def p_pharmacy_question(w, rng, lang):
    day = work_day(rng)
    s = sup('nursing', rng)
    snd = actor(w, s, lang)
    snd_role = L(lang, 'Pharmacienne, perfusion à domicile', 'Home infusion pharmacist')
    snd['sig'] = signature(rng, snd['name'], snd_role, s, lang)
    h = hosp(rng)
    rcpt = (L(lang, 'Pharmacie – ', 'Pharmacy - ') + h['key'].upper(), 'pharmacie@%s' % h['dom'])
    p = w.patient(0.35, min_age=30)
    mrn = make_mrn(rng, h)
    lvl = rng.choice(['22,4', '8,1', '27,9'])
    text = L(lang, '%s\n\nQuestion concernant %s (votre dossier %s), sous vancomycine 1 g IV q12h à domicile pour ostéomyélite. '
                   'Le taux résiduel de ce matin est à %s mg/L et la créatinine est passée de 88 à 131 µmol/L. '
                   'Le Dr traitant est en vacances; qui peut réviser la dose avant la prochaine perfusion de 20h?\n\n%s\n%s',
             '%s\n\nQuestion about %s (your MRN %s), on vancomycin 1 g IV q12h at home for osteomyelitis. This morning\'s trough is %s mg/L '
             'and creatinine went from 88 to 131 µmol/L. The attending is away; who can review the dose before the 8 p.m. infusion?\n\n%s\n%s') % (
        greet(rng, lang), nm(p, lang, rng.choice([0, 1, 2])), fmt_mrn(mrn, rng.randrange(4)), lvl if lang == 'fr' else lvl.replace(',', '.'), closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Vancomycine à domicile – ajustement', 'Home vancomycin - dose review'), text, day, lang)
    return R('pharmacy_question', ['patient_name', 'mrn', 'medication', 'lab_result', 'diagnosis'], 'home infusion pharmacist question with trough level', m)


# ---------------------------------------------------------------- P27
def p_disguised_ids(w, rng, lang):
    day = work_day(rng)
    s = rng.choice([sup('oxygen', rng), sup('ambulance', rng), sup('adapted', rng)])
    snd = actor(w, s, lang)
    rcpt = actor(w, hosp(rng), lang, 'hospital')
    p = w.nam_patient(min_age=20)
    style = rng.choice([3, 4, 5, 1, 2])
    n = rng.choice([p.full.lower(), '%s %s' % (p.surname.lower(), p.given.lower()), p.initials(), '%s %s' % (p.surname.upper(), p.given)])
    li = rng.randrange(3)
    line = L(lang, ['nam %s - %s, concentrateur en panne, sat 84%% ce matin',
                               '%s / nam %s : retour à domicile annulé, a fait une chute + confusion',
                               'pt %s (nam %s) dialyse reportée, K+ 6,4 au labo'],
                        ['ramq %s - %s, concentrator down, sats 84%% this am',
                         '%s / ramq %s: ride home cancelled, fell + confused',
                         'pt %s (ramq %s) dialysis postponed, K 6.4 on labs'])[li]
    nf = fmt_nam(p.nam, style)
    if line.startswith('nam') or line.startswith('ramq'):
        line = line % (nf, n)
    else:
        line = line % (n, nf)
    line = line.replace('%%', '%')
    text = rng.choice(['%s\n\n%s' % (line, rng.choice(['envoyé de mon iPhone', 'Sent from my iPhone', '-- ' + snd['name'].split()[0]])),
                       '%s\n%s\n\n%s' % (L(lang, 'Salut,', 'Hey,'), line, snd['name'].split()[0])])
    m = mail(rng, snd, [rcpt], rng.choice(['urgent', 'FYI', L(lang, 'suivi', 'follow-up'), '']), text, day, lang,
             form='plain')
    types = ['ramq_nam', 'patient_name'] + (['diagnosis'] if li == 1 else ['lab_result', 'diagnosis'])
    return R('disguised_ids', types, 'terse note with disguised NAM and informal name', m)


# ---------------------------------------------------------------- P28
def p_invoice_patient(w, rng, lang):
    day = work_day(rng)
    s = sup('ambulance', rng)
    snd = actor(w, s, lang)
    h = hosp(rng)
    rcpt = (L(lang, 'Comptes à recevoir', 'Accounts receivable'), 'comptes@%s' % h['dom'])
    p = w.nam_patient(min_age=18)
    inv = rng.randrange(200000, 299999)
    km = rng.randrange(4, 60)
    reason = rng.choice(L(lang, ['douleur thoracique', 'chute – fracture de hanche suspectée', 'détresse respiratoire (MPOC)'],
                          ['chest pain', 'fall - suspected hip fracture', 'respiratory distress (COPD)']))
    addr = address(rng, lang)
    blocks = [('field', L(lang, 'Facture no', 'Invoice no.'), str(inv)), ('field', L(lang, 'Usager :', 'Patient:'), p.full),
              ('field', 'NAM :', p.nam), ('field', L(lang, 'Adresse :', 'Address:'), addr),
              ('field', L(lang, 'Date du transport :', 'Transport date:'), fdate(day - datetime.timedelta(days=9), lang, 1)),
              ('field', L(lang, 'Motif d\'appel :', 'Call reason:'), reason),
              ('table', [L(lang, 'Description', 'Description'), L(lang, 'Montant', 'Amount')],
               [[L(lang, 'Tarif de base', 'Base rate'), '125,00 $'], [L(lang, 'Kilométrage (%d km)', 'Mileage (%d km)') % km, '%.2f $' % (km * 1.75)]])]
    pdf = F.make_pdf(L(lang, 'Facture – transport ambulancier', 'Invoice - ambulance transport'), blocks, author=snd['name'])
    text = L(lang, '%s\n\nCi-jointe la facture %d pour le transport de l\'usager vers votre urgence. L\'usager n\'étant pas admissible à la gratuité, '
                   'merci de nous confirmer s\'il a été hospitalisé plus de 24 h.\n\n%s\n%s',
             '%s\n\nAttached is invoice %d for the transport of the patient to your ED. As the patient is not eligible for free transport, '
             'please confirm whether they were admitted for more than 24 h.\n\n%s\n%s') % (greet(rng, lang), inv, closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [rcpt], L(lang, 'Facture %d', 'Invoice %d') % inv, text, day, lang,
             attachments=[dict(kind='bin', data=pdf, ctype='application/pdf', filename=L(lang, 'Facture_%d.pdf', 'Invoice_%d.pdf') % inv)])
    return R('invoice_patient', ['ramq_nam', 'patient_name', 'patient_contact', 'diagnosis'], 'ambulance invoice PDF naming the patient, NAM and call reason', m)


# ---------------------------------------------------------------- helpers for disguised chart numbers
def fmt_mrn(mrn, style):
    s = style % 4
    if s == 1:
        return ''.join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in mrn)
    if s == 2:
        return ' '.join(mrn[i:i + 3] for i in range(0, len(mrn), 3))
    return mrn


# ---------------------------------------------------------------- P29
def p_reply_to_patient(w, rng, lang):
    day = work_day(rng)
    s = sup(rng.choice(['oxygen', 'dialysis', 'adapted']), rng)
    snd = actor(w, s, lang)
    p = w.patient(0.3, min_age=35)
    pmail = '%s.%s%d@%s' % (ascii_fname(p.given).lower(), ascii_fname(p.surname).lower(), rng.randrange(1, 99),
                            rng.choice(['videotron.example', 'courriel.example', 'mailbox.example']))
    addr = address(rng, lang)
    d = later(day, rng.randrange(1, 4))
    if s['kind'] == 'oxygen':
        body = L(lang, 'Suite à votre appel, notre technicien passera à votre domicile (%s) le %s entre 9h et 12h pour remplacer votre concentrateur. '
                       'D\'ici là, utilisez vos bouteilles à 2 L/min comme prescrit par votre pneumologue. Si votre saturation descend sous 88 %% '
                       'ou si vous êtes essoufflé(e) au repos, composez le 911.',
                 'Following your call, our technician will come to your home (%s) on %s between 9 and noon to replace your concentrator. '
                 'Until then, use your cylinders at 2 L/min as prescribed by your respirologist. If your saturation drops below 88%% '
                 'or you are short of breath at rest, call 911.') % (addr, fday(d, lang))
        types = ['patient_name', 'patient_contact', 'medication', 'diagnosis']
    elif s['kind'] == 'dialysis':
        body = L(lang, 'Votre livraison de solutions de dialyse péritonéale (Dianeal PD-2 2,5 %% x 30, Extraneal x 30) est confirmée pour le %s au %s. '
                       'Votre infirmière de l\'équipe de dialyse à domicile a été avisée du changement de prescription.',
                 'Your peritoneal dialysis delivery (Dianeal PD-2 2.5%% x 30, Extraneal x 30) is confirmed for %s at %s. '
                 'Your home dialysis nurse has been told about the prescription change.') % (fday(d, lang), addr)
        types = ['patient_name', 'patient_contact', 'medication', 'diagnosis']
    else:
        body = L(lang, 'Vos transports pour vos traitements d\'hémodialyse (lundi, mercredi, vendredi, prise en charge à 6h15 au %s) sont confirmés à compter du %s. '
                       'Le chauffeur vous aidera avec votre fauteuil roulant.',
                 'Your rides to hemodialysis (Monday, Wednesday, Friday, pickup 6:15 a.m. at %s) are confirmed starting %s. '
                 'The driver will help you with your wheelchair.') % (addr, fday(d, lang))
        types = ['patient_name', 'patient_contact', 'diagnosis']
    text = '%s %s,\n\n%s\n\n%s\n%s' % (L(lang, 'Bonjour', 'Hello'), p.titled(lang) if rng.random() < 0.6 else p.full, body, closing(rng, lang), snd['sig'])
    m = mail(rng, snd, [(p.full, pmail)], rng.choice(L(lang, ['Confirmation', 'Votre demande', 'Suivi de votre appel'],
                                                          ['Confirmation', 'Your request', 'Follow-up on your call'])), text, day, lang)
    return R('reply_to_patient', types, 'supplier writes directly to the patient about their care', m)
