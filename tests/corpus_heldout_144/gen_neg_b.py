"""Negative templates, part B: HR, postings, IT, facilities, committees (French and English)."""
import datetime

from gen_common import SITES, STAFF_OBJS, fmt_date, phone, FR_MONTHS, EN_MONTHS, make_luhn_serial
from gen_mime import quote, reply_header, outlook_block, html_page, text_to_html
from gen_tpl import *  # noqa: F401,F403

CANDIDATES_FR = [('Élodie', 'Vigneault'), ('Samuel', 'Gravel'), ('Justine', 'Cantin'), ('Kevin', 'Lauzon'),
                 ('Myriam', 'Sauvé'), ('Thomas', 'Huard')]
CANDIDATES_EN = [('Jessica', 'Thornton'), ('Ali', 'Rezaei'), ('Monica', 'Delgado'), ('Paul', 'Kerrigan'),
                 ('Siobhan', 'Keane'), ('Victor', 'Oyelaran')]


def _neg(ctx, lang, cat, note_fr, note_en):
    return mk(ctx, lang, cat, note_fr if lang == 'fr' else note_en, conf=False)


def vacation(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'hr_leave', 'demande et approbation de vacances d\u2019un employé', 'staff vacation request and approval')
    emp = ctx.staff(doctor=False)
    mgr = staff_by('Ménard') if fr else staff_by('Mortimer')
    m.date = ctx.msg_date()
    d1 = later(rng, m.date, 20, 80).date()
    d2 = d1 + datetime.timedelta(days=rng.choice([4, 7, 11, 14]))
    orig_dt = earlier(rng, m.date, 1, 4)
    if fr:
        orig = ('Bonjour Catherine,\n\nJe souhaiterais prendre mes vacances du %s au %s inclusivement. '
                'Yannick a accepté de me remplacer pour les deux fins de semaine.\n\nMerci,\n%s'
                % (fmt_date(d1, 'fr', 'long'), fmt_date(d2, 'fr', 'long'), emp.given))
        m.subject = 'RE: Demande de vacances %s' % FR_MONTHS[d1.month - 1]
        m.text = ('Approuvé. C\u2019est inscrit dans l\u2019horaire maître (code VAC). Bonnes vacances!\n\n%s\n\n%s\n%s'
                  % (sign(rng, mgr, 'fr'), reply_header('fr', emp.full, emp.email, orig_dt), quote(orig)))
    else:
        orig = ('Hi Evelyn,\n\nI would like to book vacation from %s to %s inclusive. Tanya agreed to cover my two '
                'Saturdays.\n\nThanks,\n%s' % (fmt_date(d1, 'en', 'long'), fmt_date(d2, 'en', 'long'), emp.given))
        m.subject = 'RE: Vacation request %s' % EN_MONTHS[d1.month - 1]
        m.text = ('Approved - entered in the master schedule (VAC code). Enjoy!\n\n%s\n\n%s\n%s'
                  % (sign(rng, mgr, 'en'), reply_header('en', emp.full, emp.email, orig_dt), quote(orig)))
    m.frm = addr_of(mgr, lang)
    m.to = [addr_of(emp, lang)]
    return m


def occ_health(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'occupational_health', 'retour au travail progressif d\u2019un employé (santé au travail)',
             'employee graduated return to work (occupational health)')
    oh = ('Santé et sécurité au travail' if fr else 'Occupational Health & Safety', 'sst@' + SITES['SA']['dom'])
    mgr = staff_by('Ménard') if fr else staff_by('Mortimer')
    emp = ctx.staff(doctor=False, exclude=(mgr,))
    m.frm = oh
    m.to = [addr_of(mgr, lang)]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 3, 10).date()
    if fr:
        m.subject = 'Retour progressif — %s' % emp.full
        m.text = ('Bonjour,\n\nSuite à l\u2019évaluation au bureau de santé, %s pourra reprendre le travail le %s selon '
                  'un retour progressif : 3 jours/semaine pendant 2 semaines, sans soulèvement de plus de 10 kg '
                  '(suite à sa chirurgie du canal carpien). Merci d\u2019ajuster l\u2019horaire en conséquence.\n\n'
                  'Les détails médicaux demeurent au dossier de santé de l\u2019employé.\n\nBureau de santé — poste 4180'
                  % (emp.full, fmt_date(d, 'fr', 'long')))
    else:
        m.subject = 'Graduated return to work - %s' % emp.full
        m.text = ('Hello,\n\nFollowing the occupational health assessment, %s may return on %s on a graduated plan: '
                  '3 days/week for 2 weeks, no lifting over 10 kg (following wrist surgery). Please adjust the '
                  'schedule accordingly.\n\nMedical details remain in the employee health file.\n\nOccupational Health - ext. 4180'
                  % (emp.full, fmt_date(d, 'en', 'long')))
    return m


def job_posting(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'job_posting', 'affichage de poste', 'job posting')
    m.frm = ('Ressources humaines — Deux-Rives' if fr else 'Human Resources - Two Rivers', 'emplois@' + SITES['MV']['dom'])
    m.to = [('Tout le personnel' if fr else 'All staff', 'tous@' + SITES['MV']['dom'])]
    m.date = ctx.msg_date()
    num = '%s-%d-%03d' % ('AFF' if fr else 'JP', m.date.year, rng.randrange(1, 400))
    job = rng.choice([('Ergothérapeute — thérapie de la main', 'Occupational therapist - hand therapy'),
                      ('Infirmier(ère) clinicien(ne) — unité des grands brûlés', 'Registered nurse - regional burn unit'),
                      ('Agent(e) administratif(ve) — clinique de chirurgie plastique', 'Clerk - plastic surgery clinic'),
                      ('Conseiller(ère) en soins — plaies complexes', 'Clinical nurse specialist - complex wounds')])
    if fr:
        m.subject = 'Affichage %s — %s' % (num, job[0])
        m.text = ('AFFICHAGE INTERNE ET EXTERNE — %s\n\nPoste : %s\nStatut : temps complet permanent, jour\nPort '
                  'd\u2019attache : %s\nÉchelle salariale : 31,68 $ à 55,98 $ / h\n\nExigences : membre en règle de '
                  'l\u2019ordre professionnel; expérience en soins des brûlures, greffes cutanées ou réadaptation de la '
                  'main un atout.\n\nPostuler avant le %s au emplois@%s en indiquant le numéro d\u2019affichage.\n\n'
                  'Le Réseau souscrit au principe d\u2019équité en emploi.'
                  % (num, job[0], SITES['SA']['fr'], fmt_date(later(rng, m.date, 10, 20).date(), 'fr', 'long'), SITES['MV']['dom']))
    else:
        m.subject = 'Posting %s - %s' % (num, job[1])
        m.text = ('INTERNAL AND EXTERNAL POSTING - %s\n\nPosition: %s\nStatus: permanent full-time, days\nSite: %s\n'
                  'Salary: $38.50 - $55.10 / h\n\nRequirements: current registration with the College; experience in '
                  'burn care, skin grafting or hand rehabilitation an asset.\n\nApply by %s to careers@%s quoting the '
                  'posting number.\n\nTwo Rivers is an equal opportunity employer.'
                  % (num, job[1], SITES['HG']['en'], fmt_date(later(rng, m.date, 10, 20).date(), 'en', 'long'), ON_DOM))
    m.style = rng.choice(['plain', 'alt', 'html'])
    return m


ON_DOM = SITES['HG']['dom']


def candidate(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'hr_recruiting', 'convocation d\u2019entrevue d\u2019un candidat avec CV', 'candidate interview with CV attached')
    hr = staff_by('Vézina')
    mgr = rng.choice([staff_by('Ménard'), staff_by('Mortimer'), staff_by('Audet')])
    m.frm = addr_of(hr, lang)
    m.to = [addr_of(mgr, lang)]
    m.date = ctx.msg_date()
    g, s = rng.choice(CANDIDATES_FR if fr else CANDIDATES_EN)
    when = later(rng, m.date, 3, 12)
    cv = [('h', '%s %s' % (g, s)),
          ('p', '%s  |  %s.%s@%s' % (phone(rng, '819' if fr else '613'), g.lower().replace('é', 'e'), s.lower().replace('é', 'e'), EXT['personal'][1])),
          ('h', 'Expérience' if fr else 'Experience'),
          ('p', ('2019-2025 : Ergothérapeute, Centre de réadaptation Lac-Brûlé — orthèses, rééducation post-réparation '
                 'tendineuse, syndrome du canal carpien.\n2017-2019 : Ergothérapeute, CHSLD des Pins') if fr else
           ('2019-2025: Registered nurse, burn step-down unit, Port Ainslie General - dressing changes, grafts, '
            'pressure garments.\n2016-2019: RN, medical unit')),
          ('h', 'Formation' if fr else 'Education'),
          ('p', 'M.Sc. ergothérapie, 2017' if fr else 'BScN, 2016'),
          ('p', ('Langues : français, anglais' if fr else 'Languages: English, French (intermediate)'))]
    m.atts = [att_pdf('CV_%s_%s.pdf' % (s, g), cv, title='CV', author='%s %s' % (g, s))]
    if fr:
        m.subject = 'Entrevue — affichage AFF-%d-%03d' % (m.date.year, rng.randrange(1, 400))
        m.text = ('%s\n\nL\u2019entrevue avec %s %s est confirmée le %s à %s (salle 3-120). CV ci-joint. '
                  'Grille d\u2019entrevue suivra.\n\n%s' % (greet(rng, 'fr', mgr.given), g, s, dshort(when, 'fr'),
                                                              hhmm(when, 'fr'), sign(rng, hr, 'fr')))
    else:
        m.subject = 'Interview - posting JP-%d-%03d' % (m.date.year, rng.randrange(1, 400))
        m.text = ('%s\n\nInterview with %s %s confirmed for %s at %s (room 3-120). CV attached; scoring grid to '
                  'follow.\n\n%s' % (greet(rng, 'en', mgr.given), g, s, dshort(when, 'en'), hhmm(when, 'en'), sign(rng, hr, 'en')))
    return m


def it_outage(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'it', 'avis informatique de maintenance du dossier clinique', 'IT maintenance notice for clinical systems')
    it = staff_by('Quesnel')
    m.frm = ('Centre de services TI' if fr else 'IT Service Desk', 'servicesti@' + SITES['SA']['dom'])
    m.to = [('Tous les utilisateurs' if fr else 'All users', 'tous@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 2, 10, hour=rng.choice([22, 23]))
    sys_ = rng.choice([('le dossier clinique informatisé (DCI)', 'the electronic health record'),
                       ('le PACS (imagerie)', 'PACS imaging'), ('l\u2019agenda des cliniques externes', 'the outpatient scheduling system'),
                       ('le serveur de télécopie', 'the e-fax server')])
    tick = 'INC%07d' % rng.randrange(1000000, 9999999)
    if fr:
        m.subject = 'Maintenance planifiée — %s — %s' % (sys_[0], dshort(d, 'fr'))
        m.text = ('Bonjour,\n\nUne maintenance de %s aura lieu le %s de %s à 2h00. Pendant l\u2019interruption, '
                  'utilisez les procédures papier (formulaires de relève dans le cartable rouge). Les ordonnances '
                  'électroniques seront indisponibles.\n\nRéférence : %s\nSoutien : poste 5555\n\n%s'
                  % (sys_[0], fmt_date(d.date(), 'fr', 'long'), hhmm(d, 'fr'), tick, it.signature('fr', short=True)))
    else:
        m.subject = 'Planned maintenance - %s - %s' % (sys_[1], dshort(d, 'en'))
        m.text = ('Hello,\n\nMaintenance of %s is scheduled on %s from %s to 2:00 AM. During the downtime use paper '
                  'downtime procedures (red binder). Electronic orders will be unavailable.\n\nReference: %s\n'
                  'Support: ext. 5555\n\n%s' % (sys_[1], fmt_date(d.date(), 'en', 'long'), hhmm(d, 'en'), tick,
                                                it.signature('en', short=True)))
    m.style = rng.choice(['plain', 'html', 'alt'])
    return m


def facilities(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'facilities', 'avis des services techniques (travaux, ventilation)', 'facilities notice (works, HVAC)')
    fm = staff_by('Lanctôt')
    m.frm = addr_of(fm, lang)
    m.to = [('Bloc opératoire et GB' if fr else 'OR and burn unit', 'bloc.gb@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 2, 14)
    if fr:
        w = rng.choice(['remplacement du filtre HEPA de la salle 7 (brûlés)', 'arrêt de l\u2019eau chaude aile B',
                        'travaux de peinture au corridor 4e nord', 'calibration de l\u2019humidification des salles de bain thérapeutiques'])
        m.subject = 'Avis de travaux — %s' % dshort(d, 'fr')
        m.text = ('Bonjour,\n\nNous procéderons au %s le %s entre %s et 15h. La température des salles de pansement '
                  'pourrait baisser de 2 °C. Merci de prévoir les bains thérapeutiques en conséquence.\n\nBon de travail '
                  'BT-%d\n\n%s' % (w, dshort(d, 'fr'), hhmm(d, 'fr'), rng.randrange(20000, 99999), fm.signature('fr')))
    else:
        w = rng.choice(['HEPA filter replacement in burn OR 7', 'hot water shut-off in wing B',
                        'painting in the 4 North corridor', 'humidifier calibration in the hydrotherapy rooms'])
        m.subject = 'Facilities notice - %s' % dshort(d, 'en')
        m.text = ('Hello,\n\nWe will carry out %s on %s between %s and 3 PM. Dressing room temperature may drop by 2 C. '
                  'Please plan hydrotherapy accordingly.\n\nWork order WO-%d\n\n%s'
                  % (w, dshort(d, 'en'), hhmm(d, 'en'), rng.randrange(20000, 99999), fm.signature('en')))
    return m


def committee(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'committee', 'avis de convocation à un comité avec ordre du jour', 'committee meeting notice with agenda')
    chair = rng.choice([s for s in STAFF_OBJS if s.doctor])
    sec = ctx.staff(doctor=False)
    m.frm = addr_of(sec, lang)
    m.to = [('Membres du comité' if fr else 'Committee members', 'comite.pci@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 5, 20, hour=12)
    if fr:
        m.subject = 'Convocation — Comité de prévention des infections — %s' % dshort(d, 'fr')
        agenda = ['Adoption du procès-verbal', 'Taux de bactériémies et d\u2019infections de plaies à SARM — GB (T3)',
                  'Éclosion de Pseudomonas multirésistant : bilan final (Dre Benali)', 'Audit hygiène des mains (Mme Ménard)',
                  'Nouveau protocole de pansements d\u2019argent', 'Varia']
        m.text = ('Bonjour,\n\nVous êtes convoqué(e)s à la réunion du comité, présidée par %s, le %s à %s, salle du '
                  'conseil (Teams disponible).\n\nOrdre du jour :\n%s\n\nMerci de confirmer votre présence.\n\n%s'
                  % (chair.titled('fr'), fmt_date(d.date(), 'fr', 'long'), hhmm(d, 'fr'),
                     '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)), sign(rng, sec, 'fr')))
    else:
        m.subject = 'Notice - Infection Prevention Committee - %s' % dshort(d, 'en')
        agenda = ['Approval of minutes', 'MRSA bacteremia and wound infection rates - burn unit (Q3)',
                  'Multidrug-resistant Pseudomonas outbreak: final report (Dr. Benali)', 'Hand hygiene audit (Ms. Mortimer)',
                  'New silver dressing protocol', 'Other business']
        m.text = ('Hello,\n\nThe committee, chaired by %s, will meet on %s at %s in the boardroom (Teams available).\n\n'
                  'Agenda:\n%s\n\nPlease confirm attendance.\n\n%s'
                  % (chair.titled('en'), fmt_date(d.date(), 'en', 'long'), hhmm(d, 'en'),
                     '\n'.join('%d. %s' % (i + 1, a) for i, a in enumerate(agenda)), sign(rng, sec, 'en')))
    m.style = rng.choice(['plain', 'alt'])
    return m


def referral_guide(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'referral_guide', 'guide de référence : médecins et pathologies traitées', 'referral guide: physicians and conditions treated')
    m.frm = ('Centrale de rendez-vous' if fr else 'Central Intake', 'crv@' + SITES['MV']['dom'])
    m.to = [('Médecins référents' if fr else 'Referring physicians', 'referents@' + EXT['gmf'])]
    m.date = ctx.msg_date()
    if fr:
        lines = ['Dre Sophie Marchand — chirurgie de la main : Dupuytren, canal carpien, tendons, fractures du scaphoïde',
                 'Dr Karim Haddad — brûlures aiguës, séquelles de brûlures, cicatrices hypertrophiques',
                 'Dre Valérie Lemieux — reconstruction mammaire après cancer du sein (DIEP, expandeurs), lymphœdème',
                 'Dre Priya Raman (dermatologie) — mélanomes, carcinomes basocellulaires et épidermoïdes']
        m.subject = 'Mise à jour — qui fait quoi en chirurgie plastique'
        m.text = ('Chers collègues,\n\nPour orienter vos demandes :\n\n%s\n\nTélécopieur unique : 819-555-0177. Urgences '
                  'main (lacérations tendineuses, amputations) : appeler le résident de garde au 819-555-0160.\n\n'
                  'Centrale de rendez-vous\n%s\n%s' % ('\n'.join('- ' + l for l in lines), SITES['MV']['fr'], SITES['MV']['addr']))
    else:
        lines = ['Dr. Sophie Marchand - hand surgery: Dupuytren disease, carpal tunnel, tendon injuries, scaphoid fractures',
                 'Dr. Jonathan Whitfield - breast reconstruction after cancer, lymphedema surgery',
                 'Dr. Karim Haddad - acute burns, burn reconstruction, hypertrophic scars',
                 'Dr. Priya Raman (dermatology) - melanoma, BCC and SCC']
        m.subject = 'Update - who does what in plastic surgery'
        m.text = ('Dear colleagues,\n\nTo direct your referrals:\n\n%s\n\nSingle fax line: 613-555-0177. Urgent hand '
                  'injuries (tendon lacerations, amputations): call the resident on call at 613-555-0160.\n\nCentral Intake\n%s\n%s'
                  % ('\n'.join('- ' + l for l in lines), SITES['HG']['en'], SITES['HG']['addr']))
    m.style = rng.choice(['plain', 'alt', 'html'])
    return m


def training(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'training', 'inscription du personnel à une formation', 'staff training registration')
    coord = staff_by('Thériault')
    m.frm = addr_of(coord, lang)
    m.to = [('Personnel infirmier GB' if fr else 'Burn unit nursing', 'soins.gb@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 7, 30, hour=8)
    names = rng.sample([s for s in STAFF_OBJS if not s.doctor], 4)
    if fr:
        m.subject = 'Formation — soins des brûlures et TPN — %s' % dshort(d, 'fr')
        m.text = ('Bonjour,\n\nFormation obligatoire sur les pansements d\u2019argent, la thérapie par pression négative et '
                  'l\u2019évaluation de la douleur le %s, 8h à 12h, local 2-114.\n\nInscrit(e)s jusqu\u2019ici : %s.\n'
                  'Il reste 6 places. Heures payées au taux régulier (code FORM).\n\n%s'
                  % (fmt_date(d.date(), 'fr', 'long'), ', '.join(s.full for s in names), sign(rng, coord, 'fr')))
    else:
        m.subject = 'Training - burn dressings and NPWT - %s' % dshort(d, 'en')
        m.text = ('Hello,\n\nMandatory session on silver dressings, negative pressure wound therapy and pain assessment on '
                  '%s, 8 AM to noon, room 2-114.\n\nRegistered so far: %s.\n6 seats left. Paid at regular rate (TRAIN code).\n\n%s'
                  % (fmt_date(d.date(), 'en', 'long'), ', '.join(s.full for s in names), sign(rng, coord, 'en')))
    return m


def celebration(ctx, lang):
    rng = ctx.rng
    fr = lang == 'fr'
    m = _neg(ctx, lang, 'social', 'invitation à une fête de départ à la retraite', 'retirement party invitation')
    org = ctx.staff(doctor=False)
    m.frm = addr_of(org, lang)
    m.to = [('Équipe plastie-brûlés' if fr else 'Plastics & burns team', 'equipe@' + SITES['SA']['dom'])]
    m.date = ctx.msg_date()
    d = later(rng, m.date, 7, 25, hour=16)
    who = rng.choice(['Hélène Brisebois', 'Yannick Bourque', 'Benoît Lanctôt'])
    if fr:
        m.subject = 'Party de retraite — %s!' % who
        m.text = ('Bonjour à tous,\n\nAprès 31 ans parmi nous, %s prend sa retraite! 5 à 7 le %s à la Brasserie du '
                  'Vieux-Pont (1200, rue Laviolette). Contribution de 20 $ pour le cadeau, à remettre à Julie au poste.\n\n'
                  'Née le 14 avril 1961, %s a connu trois déménagements de l\u2019unité et deux systèmes informatiques... '
                  'venez lever votre verre!\n\n%s' % (who, fmt_date(d.date(), 'fr', 'long'), who.split()[0], org.given))
    else:
        m.subject = 'Retirement party for %s!' % who
        m.text = ('Hi everyone,\n\nAfter 31 years with us, %s is retiring! Drinks on %s at the Old Bridge Pub, 5-7 PM. '
                  '$20 toward the gift, please give to Tanya at the desk.\n\nBorn April 14, 1961, %s has survived three '
                  'unit moves and two computer systems... come raise a glass!\n\n%s'
                  % (who, fmt_date(d.date(), 'en', 'long'), who.split()[0], org.given))
    m.style = rng.choice(['html', 'alt', 'plain'])
    return m


TEMPLATES = []
for _f, _n in [(vacation, 3), (occ_health, 2), (job_posting, 3), (candidate, 3), (it_outage, 3), (facilities, 3),
               (committee, 3), (referral_guide, 2), (training, 3), (celebration, 2)]:
    TEMPLATES.append((_f, 'fr', _n))
    TEMPLATES.append((_f, 'en', _n))
